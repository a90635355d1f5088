/**
 * The one entry as an editor would call it: a program built from unsaved text (the file on
 * disk is the recorded one), the keys manifest read from an open buffer (none on disk), plain
 * data out, nothing written; and the one formatter's line for what it found.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, runAnalysis } from '../src/index';
import { TYPESCRIPTS } from './harness';
import { CLASSIFIER_PROJECT } from './manifest/classifier-project';
import { removeDir, writeProject } from './manifest/compile-project';

const GOLDEN = fs.readFileSync(path.join(__dirname, 'manifest/classifier.keys.json'), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe.each(TYPESCRIPTS)('runAnalysis, $label', ({ ts }) => {
  /** The project's program with `unsaved` standing in for what is on disk, as a language service holds it. */
  const editorProgram = (dir: string, unsaved: Readonly<Record<string, string>>) => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      path.join(dir, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    )!;
    const host = ts.createCompilerHost(parsed.options, true);
    const buffer = (name: string): string | undefined => unsaved[path.relative(dir, name).replace(/\\/g, '/')];
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => buffer(name) ?? readFile(name);
    host.getSourceFile = (name, language, onError, create) => {
      const text = buffer(name);
      return text !== undefined
        ? ts.createSourceFile(name, text, language, true)
        : getSourceFile(name, language, onError, create);
    };
    return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  };

  it('reviews unsaved text against an unsaved manifest: plain data out, the frozen verdict, nothing written', () => {
    const dir = writeProject(CLASSIFIER_PROJECT);
    dirs.push(dir);
    const file = 'src/classifier.ts';
    const unsaved = CLASSIFIER_PROJECT[file]!.replace("'small-model'", "'large-model'");
    const reads: string[] = [];
    const analysis = runAnalysis(editorProgram(dir, { [file]: unsaved }), ts, {
      config: { transform: '@keyproof/transformer', manifest: { frozen: true } },
      readFile: (name) => {
        reads.push(name);
        return path.basename(name) === 'keyproof.keys.json' ? GOLDEN : undefined;
      },
    });

    const plain = {
      plans: analysis.plans,
      diagnostics: analysis.diagnostics,
      keys: analysis.keys,
      options: analysis.options,
    };
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    expect(reads.map((r) => path.relative(dir, r))).toEqual(['keyproof.keys.json']);
    expect(analysis.plans.length).toBe(4);
    expect(analysis.keys).toMatchObject({ frozen: true, checked: true, methods: 4, write: undefined });

    // the body change exists only in the unsaved text: the review sees it, at the method's @memoize
    const line = unsaved.split('\n').findIndex((l) => l.includes("@memoize({ version: 'cls-v1'")) + 1;
    expect(analysis.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([[91071, 'error', line]]);
    expect(formatDiagnostic(analysis.diagnostics[0]!, dir)).toMatch(
      new RegExp(
        `^src/classifier\\.ts:${line}:4 - error KP91071: TextClassifier\\.classify: body changed \\(literal text in the method body\\) but version \`cls-v1\` did not`,
      ),
    );
    expect(fs.existsSync(path.join(dir, 'keyproof.keys.json'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(CLASSIFIER_PROJECT[file]);
  });

  it('not frozen: returns the next manifest for the host to write, and writes nothing itself', () => {
    const dir = writeProject(CLASSIFIER_PROJECT);
    dirs.push(dir);
    const analysis = runAnalysis(editorProgram(dir, {}), ts, { config: { manifest: 'keyproof.keys.json' } });
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.keys?.write).toBe(GOLDEN);
    expect(analysis.keys?.path).toBe(path.join(dir, 'keyproof.keys.json'));
    expect(fs.existsSync(path.join(dir, 'keyproof.keys.json'))).toBe(false);
  });
});
