import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SourceHosts } from './host-registry';
import type { SourceHostOptions } from './source-host';
import { formatDiagnostic } from '../format-diagnostic';
import type { ReportedDiagnostic } from '../run-analysis';

/** The subset of esbuild's plugin API this plugin uses (no dependency on esbuild's types). */
export interface EsbuildMessage {
  readonly text: string;
  readonly location?: {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly lineText: string;
  } | null;
}
export interface EsbuildPluginBuild {
  readonly initialOptions: { readonly absWorkingDir?: string };
  onLoad(
    options: { filter: RegExp },
    callback: (args: {
      path: string;
    }) => Promise<
      { contents?: string; loader?: 'ts' | 'tsx'; errors?: EsbuildMessage[]; warnings?: EsbuildMessage[] } | undefined
    >,
  ): void;
}
export interface KeyproofEsbuildPlugin {
  readonly name: 'keyproof';
  setup(build: EsbuildPluginBuild): void;
}

/**
 * `@keyproof/transformer/esbuild`: plans every memoised method in the TypeScript files esbuild
 * loads (and so tsup's), before esbuild compiles them. With the project's tsconfig the full
 * analysis runs and an error fails the build (with file:line); without one, plans come from
 * syntax and a warning says which checks were skipped.
 *
 *   await esbuild.build({ entryPoints: ['src/main.ts'], bundle: true, plugins: [keyproof()] });
 *   // tsup.config.ts: export default defineConfig({ esbuildPlugins: [keyproof()] });
 */
export function keyproof(
  options: Omit<SourceHostOptions, 'root'> & { readonly root?: string } = {},
): KeyproofEsbuildPlugin {
  return {
    name: 'keyproof',
    setup(build) {
      const hosts = new SourceHosts({
        ...options,
        root: path.resolve(options.root ?? build.initialOptions.absWorkingDir ?? process.cwd()),
      });
      build.onLoad({ filter: /\.(?:[mc]?ts|tsx)$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`) || args.path.endsWith('.d.ts')) return undefined;
        const text = await fs.readFile(args.path, 'utf8');
        const host = hosts.hostFor(args.path);
        const result = host.transform(args.path, text);
        if (!result.changed && result.errors.length === 0 && result.warnings.length === 0) return undefined;
        // the formatted line is the text (the same line every host prints); esbuild shows the code under it
        const message = (d: ReportedDiagnostic): EsbuildMessage => ({
          text: formatDiagnostic(d),
          location:
            d.fileName !== undefined
              ? {
                  file: path.relative(process.cwd(), d.fileName),
                  line: Math.max(d.line, 1),
                  column: Math.max(d.column - 1, 0),
                  lineText: text.split('\n')[Math.max(d.line, 1) - 1] ?? '',
                }
              : null,
        });
        return {
          contents: result.code,
          loader: args.path.endsWith('x') ? 'tsx' : 'ts',
          errors: result.errors.map(message),
          warnings: result.warnings.map(message),
        };
      });
    },
  };
}
