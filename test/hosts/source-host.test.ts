/**
 * The source-host core on the examples' real sources: the plans it splices into the
 * TypeScript source are the plans tspc emits (same signatures with and without type
 * information), lines never move, and an edited file is analysed again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../packages/transformer/src/format-diagnostic.js';
import { SourceHost } from '../../packages/transformer/src/hosts/index.js';
import { analyseProgram } from '../../packages/transformer/src/analyse/analyse-program.js';
import { ROOT } from '../support/toolchains.js';

const EXAMPLES = ['logo-pipeline', 'content-cache'].map((name) => path.join(ROOT, 'examples', name));
const sources = (example: string): string[] =>
  fs
    .readdirSync(path.join(example, 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(example, 'src', f));

describe.each(EXAMPLES)('%s', (example) => {
  const typed = new SourceHost({ root: example });
  const syntax = new SourceHost({ root: example, tsconfig: false });

  it('plans every memoised method with the signature tspc emits, with and without type information', () => {
    const program = typed.analyseProject()!;
    expect(program.plans.length).toBeGreaterThan(0);
    const viaTsc = analyseProgram(
      typed.ts.createProgram({ rootNames: [...typed.project!.fileNames], options: typed.project!.options }),
      typed.ts,
    ).plans.map((p) => [p.plan.id, p.plan.signature]);
    const spliced: string[][] = [];
    const fromSyntax: string[][] = [];
    for (const file of sources(example)) {
      const text = fs.readFileSync(file, 'utf8');
      const withTypes = typed.transform(file, text);
      const withoutTypes = syntax.transform(file, text);
      expect(withTypes.errors).toEqual([]);
      expect(withTypes.typeInformation).toBe(true);
      spliced.push(...withTypes.plans.map((p) => [p.plan.id, p.plan.signature]));
      fromSyntax.push(...withoutTypes.plans.map((p) => [p.plan.id, p.plan.signature]));
      if (withoutTypes.plans.length > 0) {
        expect(withoutTypes.typeInformation).toBe(false);
        expect(withoutTypes.warnings.map((w) => w.code)).toContain(91090); // says which checks it skipped
      }
      // the same plan object literal in both, inserted into the memoize(...) call
      expect(withoutTypes.code).toBe(withTypes.code);
      expect(withTypes.code.split('\n')).toHaveLength(text.split('\n').length);
      for (const p of withTypes.plans)
        expect(withTypes.code).toContain(`signature: "${p.plan.signature}", project: function (`);
    }
    expect(spliced).toEqual(viaTsc);
    expect(fromSyntax).toEqual(viaTsc);
  });
});

describe('an edited file', () => {
  it('is analysed again (watch mode): a new exclusion changes the plan and its signature', () => {
    const example = EXAMPLES[0]!;
    const file = path.join(example, 'src/logo-service.ts');
    const host = new SourceHost({ root: example });
    const text = fs.readFileSync(file, 'utf8');
    const before = host.transform(file, text).plans[0]!.plan;
    const edited = text.replace(
      '@excludeFromKey sourceBytes identity already captured by sourceHash',
      '@excludeFromKey sourceBytes identity already captured by sourceHash\n   * @excludeFromKey style decoration only',
    );
    const after = host.transform(file, edited).plans[0]!.plan;
    expect(before.fields.map((f) => f.name)).toContain('style');
    expect(after.fields.map((f) => f.name)).not.toContain('style');
    expect(after.signature).not.toBe(before.signature);
    const typo = host.transform(file, text.replace('@excludeFromKey sourceBytes', '@excludeFromKey sourcebytes'));
    expect(typo.errors.map((e) => `${e.code}:${e.line}`)).toEqual([
      `91001:${text.slice(0, text.indexOf('@excludeFromKey sourceBytes')).split('\n').length}`,
    ]);
    expect(formatDiagnostic(typo.errors[0]!)).toMatch(
      /logo-service\.ts:\d+:\d+ - error KP91001: .*Fix: write "sourceBytes"/,
    );
  });

  it('a file outside the tsconfig (a test its "include" leaves out) is planned from syntax, and 91090 says why: not "a transpile-only host"', () => {
    const example = EXAMPLES[0]!;
    const host = new SourceHost({ root: example });
    const text = fs.readFileSync(path.join(example, 'src/logo-service.ts'), 'utf8');
    const outside = host.transform(path.join(example, 'test/scratch-outside-include.ts'), text);
    expect(outside.plans).toHaveLength(1);
    const warning = outside.warnings.find((w) => w.code === 91090)!;
    expect(warning.message).toContain(
      'keyproof planned test/scratch-outside-include.ts from its syntax alone: the file is not in the program of tsconfig.json',
    );
    expect(warning.message).toContain(`Fix: add the file to tsconfig.json's "include"`);
    expect(warning.message).not.toContain('transpile-only');
    // without a tsconfig it is still said as before
    const bare = new SourceHost({ root: example, tsconfig: false }).transform(
      path.join(example, 'src/logo-service.ts'),
      text,
    );
    expect(bare.warnings.find((w) => w.code === 91090)!.message).toContain('without type information');
  });

  it('a file without keyproof code is handed back untouched, without parsing', () => {
    const host = new SourceHost({ root: EXAMPLES[0]!, tsconfig: false });
    const result = host.transform('/virtual/plain.ts', 'export const x: number = 1;\n');
    expect(result).toMatchObject({ changed: false, code: 'export const x: number = 1;\n', plans: [] });
  });
});
