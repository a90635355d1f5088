/**
 * The transformer's fixture cases (packages/transformer/test/fixtures) once more, this time
 * through the real ts-patch of each compiler pair (ts-patch 3.3 + TS 5.9, ts-patch 4.0 + TS 6.0)
 * loading the built plugin from its tsconfig entry, as `tspc` does: the same diagnostics (from
 * `addDiagnostic`, surfaced in the emit result) and the same JavaScript as the expected files.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCompilerOptions } from '../packages/transformer/test/fixture-compiler-options.js';
import { assertBuilt } from './support/project.js';
import { TOOLCHAINS, TRANSFORMER } from './support/toolchains.js';

const require = createRequire(import.meta.url);
const cases = fs
  .readdirSync(FIXTURES)
  .filter((d) => !d.startsWith('_') && fs.existsSync(path.join(FIXTURES, d, 'expected.json')));

beforeAll(() => assertBuilt());

interface CaseConfig {
  readonly compilerOptions?: Record<string, unknown>;
  readonly pluginOptions?: Record<string, unknown>;
  readonly tscJsDocMode?: boolean;
}

/** ts-patch's live compiler module for a toolchain (patched TypeScript with plugin support). */
function patchedTypeScript(toolchain: (typeof TOOLCHAINS)[number]): typeof ts {
  const previous = process.env['TSP_COMPILER_TS_PATH'];
  try {
    if (toolchain.env['TSP_COMPILER_TS_PATH'] !== undefined)
      process.env['TSP_COMPILER_TS_PATH'] = toolchain.env['TSP_COMPILER_TS_PATH'];
    return require(path.join(path.dirname(path.dirname(toolchain.tspc)), 'compiler')) as typeof ts;
  } finally {
    if (previous === undefined) delete process.env['TSP_COMPILER_TS_PATH'];
    else process.env['TSP_COMPILER_TS_PATH'] = previous;
  }
}

describe.each(TOOLCHAINS)('$label', (toolchain) => {
  const tsp = patchedTypeScript(toolchain);

  it('is the TypeScript of the pair', () => {
    expect(tsp.version).toMatch(toolchain.label.startsWith('TS 6') ? /^6\./ : /^5\.9\./);
  });

  it.each(cases)('%s: the expected diagnostics and JavaScript', (name) => {
    const dir = path.join(FIXTURES, name);
    const cfgFile = path.join(dir, 'case.json');
    const cfg = (fs.existsSync(cfgFile) ? JSON.parse(fs.readFileSync(cfgFile, 'utf8')) : {}) as CaseConfig;
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(dir, f));
    const options = fixtureCompilerOptions(tsp, dir, {
      ...(cfg.compilerOptions !== undefined
        ? tsp.convertCompilerOptionsFromJson(cfg.compilerOptions, dir).options
        : {}),
      // warnings as diagnostics, so they can be compared with the fixture's expected list
      plugins: [{ transform: TRANSFORMER, warnings: 'diagnostic', ...cfg.pluginOptions }] as never,
    });
    const host = tsp.createCompilerHost(options);
    if (cfg.tscJsDocMode === true) host.jsDocParsingMode = tsp.JSDocParsingMode.ParseForTypeInfo;
    const program = tsp.createProgram(files, options, host);
    const outputs = new Map<string, string>();
    const result = program.emit(undefined, (file, text) => outputs.set(path.basename(file), text));
    const diagnostics = result.diagnostics
      .filter((d) => d.code >= 91000 && d.code < 92000)
      .map((d) => ({
        code: d.code,
        line:
          d.file !== undefined && d.start !== undefined
            ? tsp.getLineAndCharacterOfPosition(d.file, d.start).line + 1
            : 0,
        severity: d.category === tsp.DiagnosticCategory.Error ? 'error' : 'warning',
        message: tsp.flattenDiagnosticMessageText(d.messageText, '\n'),
      }));
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { diagnostics: unknown[] };
    expect(diagnostics).toEqual(expected.diagnostics);
    expect(outputs.get('input.js')).toBe(fs.readFileSync(path.join(dir, 'expected.js'), 'utf8'));
  });
});
