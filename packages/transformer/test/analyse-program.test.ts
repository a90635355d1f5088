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

  it("a program that reuses the previous one's files sees a write another file now makes (an editor, a watching build)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-incremental-'));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('config.ts', "export const CONFIG = { model: 'gpt-4o-mini' };\n");
    write(
      'service.ts',
      [
        "import { memoize } from 'keyproof';",
        "import { CONFIG } from './config';",
        'export const ask = memoize(async (prompt: string) => `${CONFIG.model}: ${prompt}`, { id: "ask" });',
      ].join('\n'),
    );
    const options = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      types: [],
      paths: { keyproof: [STUB] },
    };
    // a host that hands out the same parsed file while it is unchanged, as a language service does
    const base = ts.createCompilerHost(options);
    const parsed = new Map<string, ReturnType<typeof base.getSourceFile>>();
    const host = {
      ...base,
      getSourceFile: (name: string, version: Parameters<typeof base.getSourceFile>[1]) => {
        if (!parsed.has(name)) parsed.set(name, base.getSourceFile(name, version));
        return parsed.get(name);
      },
    };
    try {
      const files = ['config.ts', 'service.ts'].map((f) => path.join(dir, f));
      const first = ts.createProgram(files, options, host);
      expect(analyseProgram(first, ts, {}).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // another file now changes the model at run time: CONFIG is no longer a constant
      write(
        'admin.ts',
        "import { CONFIG } from './config';\nexport function use(model: string) { CONFIG.model = model; }\n",
      );
      const second = ts.createProgram([...files, path.join(dir, 'admin.ts')], options, host, first);
      expect(second.getSourceFile(files[0]!)).toBe(first.getSourceFile(files[0]!)); // config.ts reused
      const errors = analyseProgram(second, ts, {}).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.code)).toContain(91046);
      expect(errors.find((d) => d.code === 91046)?.message).toMatch(/CONFIG/);
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
