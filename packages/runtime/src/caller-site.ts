import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** keyproof's own files (src/ or dist/): frames from here are not the user's code. */
const OWN_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Where the user's code called into keyproof, as `file:line` relative to the working directory:
 * the first stack frame outside keyproof and Node. A TC39 method decorator is not told its
 * class, so an error raised while decorating names the place the class is declared instead.
 */
export function callerSite(): string | undefined {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  Error.captureStackTrace(holder, callerSite);
  Error.stackTraceLimit = limit;
  for (const line of (holder.stack ?? '').split('\n').slice(1)) {
    const frame = /\(?((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?$/.exec(line.trim());
    if (!frame) continue; // node:internal frames, native code
    const file = frame[1]!.startsWith('file://') ? fileURLToPath(frame[1]!) : frame[1]!;
    if (file.startsWith(OWN_DIR) || file.includes('/node_modules/')) continue;
    return `${relative(process.cwd(), file)}:${frame[2]}`;
  }
  return undefined;
}
