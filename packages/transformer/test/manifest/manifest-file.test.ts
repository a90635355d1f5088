/**
 * keyproof.keys.json as a file: byte-identical across runs, line endings and both TypeScript
 * pairs, pinned by a golden copy; `reviewKeys` keeps an undecided body change unrecorded and
 * records an acceptance; the plugin's `manifest` option writes the file or, frozen, fails.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import keyproofTransformer from '../../src/transformer';
import { checkAgainstManifest } from '../../src/manifest/check-against-manifest';
import { reconcile, reviewKeys } from '../../src/manifest/review-keys';
import { compareManifests } from '../../src/manifest/compare-manifests';
import { parseManifest, serialiseManifest } from '../../src/manifest/serialise-manifest';
import { TYPESCRIPTS } from '../harness';
import { CLASSIFIER_PROJECT } from './classifier-project';
import { compileProject, edited, removeDir, writeProject, type Files } from './compile-project';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
const GOLDEN = path.join(__dirname, 'classifier.keys.json');
const UPDATE = process.env['KEYPROOF_UPDATE'] === '1';
const [ts59, ts60] = [TYPESCRIPTS[0]!.ts, TYPESCRIPTS[1]!.ts];

function project(files: Files, crlf = false): string {
  const dir = writeProject(files, { crlf });
  dirs.push(dir);
  return dir;
}

describe('the manifest file', () => {
  it('is byte-identical across runs, CRLF sources and both TypeScript pairs, and matches its golden copy', () => {
    const lf = project(CLASSIFIER_PROJECT);
    const texts = [
      serialiseManifest(compileProject(ts59, lf).built.manifest),
      serialiseManifest(compileProject(ts59, lf).built.manifest),
      serialiseManifest(compileProject(ts60, lf).built.manifest),
      serialiseManifest(compileProject(ts59, project(CLASSIFIER_PROJECT, true)).built.manifest),
      serialiseManifest(compileProject(ts60, project(CLASSIFIER_PROJECT, true)).built.manifest),
    ];
    for (const text of texts) expect(text).toBe(texts[0]);
    expect(texts[0]).not.toContain('\r');
    expect(texts[0]!.endsWith('}\n')).toBe(true);
    if (UPDATE) fs.writeFileSync(GOLDEN, texts[0]!);
    expect(texts[0]).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('reads back to the same bytes, and a CRLF checkout of it reads the same', () => {
    const text = fs.readFileSync(GOLDEN, 'utf8');
    expect(serialiseManifest(parseManifest(text, 'keyproof.keys.json'))).toBe(text);
    expect(serialiseManifest(parseManifest(text.replace(/\n/g, '\r\n'), 'keyproof.keys.json'))).toBe(text);
  });

  it('refuses a file that is not a manifest, saying how to fix it', () => {
    expect(() => parseManifest('{ "format": "something-else", "methods": {} }', 'keyproof.keys.json')).toThrow(
      /keyproof\.keys\.json is not a keyproof keys manifest: "format" is "something-else".*Fix: restore it from version control/,
    );
    expect(() => parseManifest('{', 'keyproof.keys.json')).toThrow(/not valid JSON/);
  });
});

describe('reviewKeys', () => {
  const recorded = compileProject(ts59, project(CLASSIFIER_PROJECT)).built.manifest;
  const changed = compileProject(ts59, project(edited(CLASSIFIER_PROJECT, 'src/prompt.ts', 'or neutral', 'or mixed')))
    .built.manifest;

  it('leaves an undecided body change unrecorded, so the frozen check keeps failing', () => {
    const review = reviewKeys(changed, recorded);
    expect(review.unresolved).toEqual(['TextClassifier.classify']);
    expect(review.next.methods['TextClassifier.classify']!.body).toEqual(
      recorded.methods['TextClassifier.classify']!.body,
    );
    expect(compareManifests(review.next, reconcile(changed, review.next)).map((d) => d.kind)).toEqual(['body']);
  });

  it('records an acceptance (who, when, from, to); the frozen check then passes until the body changes again', () => {
    const review = reviewKeys(changed, recorded, {
      ids: ['TextClassifier.classify'],
      by: 'Ada Lovelace',
      at: '2026-11-29T08:00:00Z',
    });
    expect(review.unresolved).toEqual([]);
    expect(review.refused).toEqual([]);
    const entry = review.next.methods['TextClassifier.classify']!;
    expect(entry.accepted).toEqual({
      by: 'Ada Lovelace',
      at: '2026-11-29T08:00:00Z',
      version: 'cls-v1',
      from: recorded.methods['TextClassifier.classify']!.body.fingerprint,
      to: changed.methods['TextClassifier.classify']!.body.fingerprint,
    });
    const written = parseManifest(serialiseManifest(review.next), 'keyproof.keys.json');
    expect(compareManifests(written, reconcile(changed, written))).toEqual([]);
    expect(reviewKeys(changed, written).next).toEqual(written); // rewriting keeps the acceptance
    const again = compileProject(ts59, project(edited(CLASSIFIER_PROJECT, 'src/prompt.ts', 'or neutral', 'or unknown')))
      .built.manifest;
    expect(compareManifests(written, reconcile(again, written)).map((d) => d.kind)).toEqual(['body']);
  });

  it('refuses to accept what has nothing to accept, and says why', () => {
    const review = reviewKeys(changed, recorded, { ids: ['Search.find', 'Nope.nothing'], by: 'a', at: 'b' });
    expect(review.refused).toEqual([
      { id: 'Search.find', why: "Search.find's body has not changed since it was recorded: nothing to accept" },
      {
        id: 'Nope.nothing',
        why: 'no memoised method has the id Nope.nothing (ids: Search.find, TextClassifier.classify, describeImage, summary)',
      },
    ]);
  });
});

describe.each(TYPESCRIPTS)('the plugin option manifest, $label', ({ ts }) => {
  const runPlugin = (dir: string, manifest: unknown) => {
    const { program } = compileProject(ts, dir);
    const added: { code: number; category: number; text: string }[] = [];
    keyproofTransformer(
      program,
      { manifest, warnings: 'diagnostic' },
      {
        ts,
        addDiagnostic: (d) =>
          added.push({
            code: d.code,
            category: d.category,
            text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
          }),
      },
    );
    return added;
  };

  it('writes keyproof.keys.json next to the tsconfig, the same bytes as the golden copy, and leaves it alone when nothing changed', () => {
    const dir = project(CLASSIFIER_PROJECT);
    expect(runPlugin(dir, 'keyproof.keys.json')).toEqual([]);
    const file = path.join(dir, 'keyproof.keys.json');
    expect(fs.readFileSync(file, 'utf8')).toBe(fs.readFileSync(GOLDEN, 'utf8'));
    const before = fs.statSync(file).mtimeMs;
    expect(runPlugin(dir, 'keyproof.keys.json')).toEqual([]);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('frozen: a body change without a version bump fails the build with KP91071, and nothing is written', () => {
    const dir = project(edited(CLASSIFIER_PROJECT, 'src/classifier.ts', "'small-model'", "'large-model'"));
    fs.copyFileSync(GOLDEN, path.join(dir, 'keyproof.keys.json'));
    const added = runPlugin(dir, { path: 'keyproof.keys.json', frozen: true });
    expect(added.map((d) => [d.code, d.category])).toEqual([[91071, ts.DiagnosticCategory.Error]]);
    expect(added[0]!.text).toContain(
      '[keyproof] TextClassifier.classify: body changed (literal text in the method body) but version `cls-v1` did not',
    );
    expect(fs.readFileSync(path.join(dir, 'keyproof.keys.json'), 'utf8')).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('frozen: a missing manifest fails the build (KP91076); not frozen, a difference is a warning and the file is rewritten', () => {
    const dir = project(
      edited(
        CLASSIFIER_PROJECT,
        'src/classifier.ts',
        'labels: readonly string[]): Promise<string> {',
        "labels: readonly string[], style = 'short'): Promise<string> {",
      ),
    );
    expect(runPlugin(dir, { frozen: true }).map((d) => [d.code, d.category])).toEqual([
      [91076, ts.DiagnosticCategory.Error],
    ]);
    fs.copyFileSync(GOLDEN, path.join(dir, 'keyproof.keys.json'));
    const warned = runPlugin(dir, 'keyproof.keys.json');
    expect(warned.map((d) => [d.code, d.category])).toEqual([[91070, ts.DiagnosticCategory.Warning]]);
    expect(runPlugin(dir, { path: 'keyproof.keys.json', frozen: true })).toEqual([]);
  });

  it('without type information (a transpile-only host) it neither writes nor checks, and says so once', () => {
    const dir = project(CLASSIFIER_PROJECT);
    const { program: typed } = compileProject(ts, dir);
    const program = ts.createProgram({
      rootNames: typed.getRootFileNames(),
      options: { ...typed.getCompilerOptions(), noResolve: true, noLib: true },
    });
    const added: number[] = [];
    keyproofTransformer(
      program,
      { manifest: { frozen: true }, warnings: 'diagnostic' },
      { ts, addDiagnostic: (d) => added.push(d.code) },
    );
    expect(added.filter((c) => c === 91076)).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'keyproof.keys.json'))).toBe(false);
  });

  it('gives the same verdicts as checkAgainstManifest, which keyproof check --frozen runs', () => {
    const dir = project(edited(CLASSIFIER_PROJECT, 'src/prompt.ts', 'or neutral', 'or mixed'));
    fs.copyFileSync(GOLDEN, path.join(dir, 'keyproof.keys.json'));
    const { program, result } = compileProject(ts, dir);
    const check = checkAgainstManifest(
      ts,
      program,
      result,
      fs.readFileSync(path.join(dir, 'keyproof.keys.json'), 'utf8'),
      { manifestName: 'keyproof.keys.json', frozen: true },
    );
    const plugin = runPlugin(dir, { frozen: true });
    expect(plugin.map((d) => [d.code, d.text])).toEqual(
      check.diagnostics.map((d) => [d.code, `[keyproof] ${d.message}`]),
    );
    expect(plugin).toHaveLength(1);
  });
});
