/**
 * Fixture tests: for each case under test/fixtures/<case>/, the source goes in and the expected
 * diagnostics (code, line, message), key plans and JavaScript come out, under both TypeScript
 * versions. Each case is also emitted without the plugin: the `.d.ts` output must not change,
 * and a file with nothing memoised must come out byte-identical.
 *
 * KEYPROOF_UPDATE=1 rewrites the expected files (from the first TypeScript version).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDir, FIXTURES, TYPESCRIPTS, type CompileOptions } from './harness';

const UPDATE = process.env['KEYPROOF_UPDATE'] === '1';
const cases = fs
  .readdirSync(FIXTURES)
  .filter((d) => !d.startsWith('_') && fs.existsSync(path.join(FIXTURES, d, 'input.ts')));

interface CaseConfig {
  readonly compilerOptions?: Record<string, unknown>;
  readonly pluginOptions?: CompileOptions['pluginOptions'];
  readonly tscJsDocMode?: boolean;
}

function config(dir: string): CaseConfig {
  const file = path.join(dir, 'case.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as CaseConfig) : {};
}

describe.each(TYPESCRIPTS)('$label', ({ ts, label }) => {
  describe.each(cases)('%s', (name) => {
    const dir = path.join(FIXTURES, name);
    const cfg = config(dir);
    const options = (plugin: boolean): CompileOptions => ({
      plugin,
      ...(cfg.pluginOptions !== undefined ? { pluginOptions: cfg.pluginOptions } : {}),
      ...(cfg.tscJsDocMode !== undefined ? { tscJsDocMode: cfg.tscJsDocMode } : {}),
      ...(cfg.compilerOptions !== undefined
        ? { compilerOptions: ts.convertCompilerOptionsFromJson(cfg.compilerOptions, dir).options }
        : {}),
    });
    const withPlugin = compileDir(ts, dir, options(true));
    const without = compileDir(ts, dir, options(false));

    it('reports the expected diagnostics and plans', () => {
      const actual = { diagnostics: withPlugin.diagnostics, plans: withPlugin.plans };
      const file = path.join(dir, 'expected.json');
      if (UPDATE && label === TYPESCRIPTS[0]!.label) fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    });

    it('emits the expected JavaScript', () => {
      const js = withPlugin.outputs.get('input.js');
      const file = path.join(dir, 'expected.js');
      if (UPDATE && label === TYPESCRIPTS[0]!.label) fs.writeFileSync(file, js ?? '');
      expect(js).toBe(fs.readFileSync(file, 'utf8'));
    });

    it('leaves the declarations untouched, and files without plans byte-identical', () => {
      expect(withPlugin.outputs.get('input.d.ts')).toBe(without.outputs.get('input.d.ts'));
      if (withPlugin.plans.length === 0)
        expect(withPlugin.outputs.get('input.js')).toBe(without.outputs.get('input.js'));
      else expect(withPlugin.outputs.get('input.js')).not.toBe(without.outputs.get('input.js'));
    });
  });
});
