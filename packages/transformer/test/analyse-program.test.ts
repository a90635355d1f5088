/**
 * The analyser as `keyproof check` uses it: program in, plain data out, nothing emitted; and
 * the plugin reports a program's diagnostics once however often the host asks for transformers.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseProgram } from '../src/analyse/analyse-program';
import { Diagnostics, keyproofTransformer } from '../src/index';
import { readOptions } from '../src/read-options';
import { FIXTURES, STUB, TYPESCRIPTS } from './harness';

describe.each(TYPESCRIPTS)('$label', ({ ts }) => {
  const program = (fixture: string) => {
    const dir = path.join(FIXTURES, fixture);
    return ts.createProgram([path.join(dir, 'input.ts')], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      types: [],
      paths: { keyproof: [STUB] },
      configFilePath: path.join(dir, 'tsconfig.json'),
    });
  };

  it('finds memoize however an import binds it, and never a local function of that name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-bound-'));
    const file = path.join(dir, 'input.ts');
    fs.writeFileSync(
      file,
      [
        "import { memoize as cached } from 'keyproof';",
        "import * as kp from 'keyproof';",
        "const dyn = await import('keyproof');",
        'export const a = cached(async (x: string) => x, { id: "a" });',
        'export const b = kp.memoize(async (x: string) => x, { id: "b" });',
        'export const c = dyn.memoize(async (x: string) => x, { id: "c" });',
        'function memoize<T>(fn: T, _o?: unknown): T { return fn; }',
        'export const d = memoize(async (x: string) => x, { id: "d" });',
      ].join('\n'),
    );
    try {
      const options = {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        strict: true,
        types: [],
        paths: { keyproof: [STUB] },
      };
      const result = analyseProgram(ts.createProgram([file], options), ts, {});
      expect(result.plans.map((p) => p.plan.id).sort()).toEqual(['a', 'b', 'c']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns plain data (no AST nodes) that survives JSON', () => {
    const result = analyseProgram(program('unknown-names'), ts, {});
    const plain = { plans: result.plans, diagnostics: result.diagnostics };
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    expect(result.typeInformation).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toContain(Diagnostics.UnknownName.code);
    expect(result.plans[0]?.plan.id).toBe('Generator.generate');
  });

  it('applies the plugin options read from a tsconfig entry', () => {
    const options = readOptions({
      transform: '@keyproof/transformer',
      warningsAsErrors: [91050],
      ignore: [91004],
      perCallNames: ['x'],
      unknown: 1,
    });
    expect(options).toEqual({ warningsAsErrors: [91050], ignore: [91004], perCallNames: ['x'] });
    const result = analyseProgram(program('unknown-names'), ts, options);
    expect(result.diagnostics.find((d) => d.code === 91050)?.severity).toBe('error');
    expect(result.diagnostics.some((d) => d.code === 91004)).toBe(false);
  });

  it('reports a program once, however many times ts-patch creates the transformer', () => {
    const p = program('unknown-names');
    const added: unknown[] = [];
    const extras = { ts, addDiagnostic: (d: unknown) => added.push(d) };
    keyproofTransformer(p, {}, extras);
    const once = added.length;
    keyproofTransformer(p, {}, extras);
    expect(once).toBeGreaterThan(0);
    expect(added.length).toBe(once);
  });

  it('refuses to run outside ts-patch with a message that says how to set it up', () => {
    expect(() => keyproofTransformer(program('no-memo'), {}, undefined)).toThrow(/tspc/);
  });
});
