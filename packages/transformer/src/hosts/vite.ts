import * as path from 'node:path';
import { formatDiagnostic, formatFailure } from '../format-diagnostic';
import { compileWithTypeScript, hasDecorators } from './compile-decorators';
import { SourceHosts } from './host-registry';
import type { SourceHostOptions } from './source-host';

/** Options of the Vite / Vitest plugin. */
export interface KeyproofViteOptions extends Omit<SourceHostOptions, 'root'> {
  /**
   * Which files to plan: a test on the absolute file name. @default every .ts/.mts/.cts/.tsx
   * file outside node_modules
   */
  readonly include?: RegExp | ((fileName: string) => boolean);
  /**
   * Who lowers decorators in files that have them. `"typescript"` compiles such files with
   * TypeScript (project's decorator settings): Vite 8's Oxc leaves TC39 decorators in place,
   * which Node cannot run. `"host"` leaves them to Vite (Vite 7's esbuild lowers them).
   * @default "typescript"
   */
  readonly decorators?: 'typescript' | 'host';
}

/** The subset of Vite's plugin shape this plugin uses (no dependency on vite's types). */
export interface KeyproofVitePlugin {
  readonly name: 'keyproof';
  readonly enforce: 'pre';
  configResolved(config: { readonly root: string }): void;
  transform(
    this: { warn(message: string): void; error(message: string): never },
    code: string,
    id: string,
  ): { code: string; map: string | null } | null;
}

const TYPESCRIPT_FILE = /\.(?:[mc]?ts|tsx)$/;

/**
 * `@keyproof/transformer/vite`: plans every memoised method in the TypeScript sources Vite
 * (and so Vitest) loads, before Vite compiles them. With the project's tsconfig the full
 * analysis runs, and an error fails the import of the file (a failed test run); without one,
 * plans come from syntax and a warning says which checks were skipped.
 *
 *   // vitest.config.ts
 *   import keyproof from '@keyproof/transformer/vite';
 *   export default defineConfig({ plugins: [keyproof()] });
 */
export function keyproof(options: KeyproofViteOptions = {}): KeyproofVitePlugin {
  let hosts: SourceHosts | undefined;
  let root = process.cwd();
  const warned = new Set<string>();
  const include = options.include;
  const wanted = (file: string): boolean =>
    TYPESCRIPT_FILE.test(file) &&
    !file.includes('/node_modules/') &&
    (include === undefined || (typeof include === 'function' ? include(file) : include.test(file)));
  return {
    name: 'keyproof',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!path.isAbsolute(file) || !wanted(file)) return null;
      hosts ??= new SourceHosts({ ...options, root });
      const host = hosts.hostFor(file);
      const result = host.transform(file, code);
      for (const warning of result.warnings) {
        const text = formatDiagnostic(warning);
        if (!warned.has(text)) this.warn(text);
        warned.add(text);
      }
      if (result.errors.length > 0) this.error(formatFailure(result.errors, file));
      if (
        result.plans.length > 0 &&
        (options.decorators ?? 'typescript') === 'typescript' &&
        hasDecorators(result.code)
      ) {
        const compiled = compileWithTypeScript(host.ts, file, result.code, host.project?.options);
        return { code: compiled.code, map: compiled.map ?? null };
      }
      // plans are inserted on their own lines' ends and stripped decorators are blanked, so lines never move
      return result.changed ? { code: result.code, map: null } : null;
    },
  };
}

export default keyproof;
