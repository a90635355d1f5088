import { dirname, relative } from 'node:path';
import { originalPosition } from './source-map-line.js';
import { fileURLToPath } from 'node:url';

/** keyproof's own files (src/ or dist/): frames from here are not the user's code. */
const OWN_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Where the user's code called into keyproof, as `file:line` relative to the working directory:
 * the first stack frame outside keyproof and Node. A TC39 method decorator is not told its
 * class, so an error raised while decorating names the place the class is declared instead.
 */
/**
 * The helpers TypeScript (`__esDecorate`, `__decorate`, `__runInitializers`), esbuild/tsx
 * (`__decorateElement`, `__decoratorStart`) and Babel emit to apply decorators: they sit at the
 * top of the emitted file (or, under tsx, map to its first import), so the class is the frame
 * that called them.
 */
const DECORATOR_HELPER =
  /^\s*at (?:Object\.)?(?:__esDecorate|__decorate|__runInitializers|__decorateElement|__decoratorStart|__decorateClass|_applyDecs\w*|_decorate)\b/;

export function callerSite(): string | undefined {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  Error.captureStackTrace(holder, callerSite);
  Error.stackTraceLimit = limit;
  for (const line of (holder.stack ?? '').split('\n').slice(1)) {
    const frame = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/.exec(line.trim());
    if (!frame) continue; // node:internal frames, native code
    if (DECORATOR_HELPER.test(line)) continue; // the compiler's helper at the top of the file, not the class
    const file = frame[1]!.startsWith('file://') ? fileURLToPath(frame[1]!) : frame[1]!;
    if (file.startsWith(OWN_DIR) || file.includes('/node_modules/')) continue;
    const original = /\.[cm]?js$/.test(file) ? originalPosition(file, Number(frame[2]), Number(frame[3])) : undefined;
    return original
      ? `${relative(process.cwd(), original.file)}:${original.line}`
      : `${relative(process.cwd(), file)}:${frame[2]}`;
  }
  return undefined;
}
