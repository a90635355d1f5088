/**
 * Declared classes in results: the plan names where they sit and a `classes` getter whose
 * names exist at run time in the emitted file, whatever the module output and however the file
 * imports them (a value import, `import type`, a default export, not at all). The corpus cases
 * nest-service/dto-* hold the verdicts; this test holds the emitted JavaScript.
 */
import * as path from 'node:path';
import type * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import keyproofTransformer from '../src/transformer';
import { analyseProgram } from '../src/analyse/analyse-program';
import { planJavaScript } from '../src/hosts/plan-emitted';
import { TYPESCRIPTS } from './harness';
import { MODULES } from './corpus/read-case';
import * as fs from 'node:fs';

const CASES = path.resolve(__dirname, 'corpus/cases/nest-service');
const RUNTIME = path.resolve(__dirname, '../../runtime');
const KEYPROOF = fs.existsSync(path.join(RUNTIME, 'dist/index.d.ts'))
  ? path.join(RUNTIME, 'dist/index.d.ts')
  : path.join(RUNTIME, 'src/index.ts');

function build(
  tsm: typeof ts,
  dir: string,
  module: 'commonjs' | 'esm',
  legacy: boolean,
  plugin = true,
): { js: Map<string, string>; diagnostics: string[]; program: ts.Program } {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
  const modules = fs
    .readdirSync(MODULES)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => path.join(MODULES, f));
  const options: ts.CompilerOptions = {
    target: tsm.ScriptTarget.ES2022,
    module: module === 'commonjs' ? tsm.ModuleKind.CommonJS : tsm.ModuleKind.ES2022,
    moduleResolution: module === 'commonjs' ? tsm.ModuleResolutionKind.Node10 : tsm.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    paths: { keyproof: [KEYPROOF] },
    outDir: path.join(dir, 'out'),
    ...(legacy ? { experimentalDecorators: true, emitDecoratorMetadata: true } : {}),
  };
  const program = tsm.createProgram([...files, ...modules], options);
  const added: ts.Diagnostic[] = [];
  const js = new Map<string, string>();
  program.emit(undefined, (name, text) => js.set(path.basename(name), text), undefined, false, {
    before: plugin
      ? [keyproofTransformer(program, { warnings: 'diagnostic' }, { ts: tsm, addDiagnostic: (d) => added.push(d) })]
      : [],
  });
  return {
    program,
    js,
    diagnostics: added.map((d) => `KP${d.code} ${tsm.flattenDiagnosticMessageText(d.messageText, '\n')}`),
  };
}

describe.each(TYPESCRIPTS)('$label', ({ ts: tsm }) => {
  it.each([true, false])(
    'CommonJS output (legacy decorators: %s) requires each class lazily, imported or not',
    (legacy) => {
      const { js, diagnostics } = build(tsm, path.join(CASES, 'dto-classes-round-trip'), 'commonjs', legacy);
      expect(diagnostics.filter((d) => /^KP91032/.test(d))).toEqual([]);
      const out = js.get('index.js')!;
      expect(out).toContain('classes: () => [require("./dto").UserDto, require("./dto").AddressDto]');
      expect(out).toContain('result: { classes: ["UserDto", "AddressDto"]');
      expect(out).not.toContain('__keyproof_class_');
    },
  );

  it('ES module output imports each class under a name of its own, `import type` and default exports included', () => {
    const { js, diagnostics } = build(tsm, path.join(CASES, 'dto-type-only-import'), 'esm', false);
    expect(diagnostics.filter((d) => /^KP91032/.test(d))).toEqual([]);
    const out = js.get('index.js')!;
    expect(out).toContain(
      'import __keyproof_class_0 from "./dto";\nimport { InvoiceLineDto as __keyproof_class_1 } from "./dto";',
    );
    expect(out).toContain('classes: () => [__keyproof_class_0, __keyproof_class_1]');
    expect(out).toContain('classes: () => [__keyproof_class_1]');
  });

  it('names the class it cannot name, and the fix', () => {
    const { diagnostics } = build(tsm, path.join(CASES, 'dto-class-not-exported'), 'commonjs', true);
    expect(diagnostics.find((d) => /^KP91032/.test(d))).toMatch(
      /StoresService\.nearest returns StoreDto: property "location" is an instance of class GeoPoint, which is not exported from dto\.ts, so the plan cannot name it at run time: export it/,
    );
  });
});

describe('plans added to emitted JavaScript (keyproof-plan, the TypeScript 7 path)', () => {
  const tsm = TYPESCRIPTS[0]!.ts;
  it.each(['commonjs', 'esm'] as const)('%s output gets the getter, and the imports it needs', (module) => {
    const dir = path.join(CASES, 'dto-classes-round-trip');
    const { program, js } = build(tsm, dir, module, true, false);
    const sourceFile = program.getSourceFile(path.join(dir, 'index.ts'))!;
    const memos = analyseProgram(program, tsm).plans.filter((p) => p.site.fileName === sourceFile.fileName);
    const planned = planJavaScript(tsm, sourceFile, memos, 'index.js', js.get('index.js')!);
    if (typeof planned === 'string') throw new Error(planned);
    expect(planned.count).toBe(4);
    if (module === 'commonjs') {
      expect(planned.code).toContain('classes: () => [require("./dto").UserDto, require("./dto").AddressDto]');
    } else {
      expect(
        planned.code.startsWith(
          'import { UserDto as __keyproof_class_0 } from "./dto"; import { AddressDto as __keyproof_class_1 } from "./dto"; ',
        ),
      ).toBe(true);
      expect(planned.code).toContain('classes: () => [__keyproof_class_0, __keyproof_class_1]');
    }
  });
});
