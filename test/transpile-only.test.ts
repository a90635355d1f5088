/**
 * A transpile-only host (ts-patch's live `transpileModule`): no type information. The plugin
 * still plans from syntax and says once which checks it skipped (warning 91090).
 */
import { createRequire } from 'node:module';
import type * as ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from './support/project.js';
import { TOOLCHAINS, TRANSFORMER } from './support/toolchains.js';

const require = createRequire(import.meta.url);
beforeAll(() => assertBuilt());

const SOURCE = `import { memoize } from 'keyproof';
export class Jobs {
  /** @excludeFromKey jobId unique per run */
  @memoize()
  async run(jobId: string, name: string): Promise<string> {
    return name;
  }
}
`;

describe.each(TOOLCHAINS)('$label', (toolchain) => {
  it('plans from syntax and warns once that type-based checks were skipped', () => {
    const previous = process.env['TSP_COMPILER_TS_PATH'];
    if (toolchain.env['TSP_COMPILER_TS_PATH'] !== undefined)
      process.env['TSP_COMPILER_TS_PATH'] = toolchain.env['TSP_COMPILER_TS_PATH'];
    try {
      const tsp = require(`${toolchain.tspc.replace(/bin[\\/]tspc\.js$/, '')}compiler`) as typeof ts;
      const out = tsp.transpileModule(SOURCE, {
        fileName: '/virtual/jobs.ts',
        reportDiagnostics: true,
        compilerOptions: {
          target: tsp.ScriptTarget.ES2022,
          module: tsp.ModuleKind.ESNext,
          plugins: [{ transform: TRANSFORMER, warnings: 'diagnostic' }] as never,
        },
      });
      expect(tsp.version.startsWith(toolchain.label.startsWith('TS 6') ? '6.' : '5.9')).toBe(true);
      expect(out.outputText).toContain(
        'fields: [{ name: "name", index: 1 }], excluded: [{ name: "jobId", index: 0, reason: "unique per run" }]',
      );
      expect(out.outputText).toContain('project: function (jobId, name) { return [name]; }');
      expect((out.diagnostics ?? []).map((d) => d.code)).toEqual([91090]);
    } finally {
      if (previous === undefined) delete process.env['TSP_COMPILER_TS_PATH'];
      else process.env['TSP_COMPILER_TS_PATH'] = previous;
    }
  });
});
