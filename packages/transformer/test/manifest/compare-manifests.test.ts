/**
 * What the keys review reports for each kind of change to the fixture project, compiled with
 * the real TypeScript program under both supported versions: changes that cost entries or serve
 * stale answers are reported with their cost; formatting, comments, a version bump and a rename
 * under an explicit id are not complaints.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compareManifests, type Difference } from '../../src/manifest/compare-manifests';
import { describeDifference } from '../../src/manifest/describe-difference';
import { isWarning } from '../../src/manifest/check-against-manifest';
import { TYPESCRIPTS } from '../harness';
import { CLASSIFIER_PROJECT } from './classifier-project';
import { compileProject, edited, removeDir, writeProject, type Files } from './compile-project';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const CLASSIFIER = 'src/classifier.ts';

describe.each(TYPESCRIPTS)('$label', ({ ts }) => {
  const manifestOf = (files: Files) => {
    const dir = writeProject(files);
    dirs.push(dir);
    return compileProject(ts, dir).built;
  };
  const base = manifestOf(CLASSIFIER_PROJECT);
  const differencesTo = (files: Files): Difference[] => compareManifests(base.manifest, manifestOf(files).manifest);
  const messages = (files: Files, entriesOf?: (id: string, version: string) => number | undefined): string[] => {
    const next = manifestOf(files);
    return compareManifests(base.manifest, next.manifest).map((d) =>
      describeDifference(d, {
        manifestName: 'keyproof.keys.json',
        ttlOf: (id) => next.sites.get(id)?.ttl,
        ...(entriesOf ? { entriesOf } : {}),
      }),
    );
  };

  it('records every memoised method with its version, key, exclusions and the code its body reaches', () => {
    const classify = base.manifest.methods['TextClassifier.classify'];
    expect(Object.keys(base.manifest.methods)).toEqual([
      'Search.find',
      'TextClassifier.classify',
      'describeImage',
      'summary',
    ]);
    expect(classify).toMatchObject({
      source: 'src/classifier.ts',
      version: 'cls-v1',
      key: [
        { name: 'text', index: 1 },
        { name: 'labels', index: 2 },
      ],
      excluded: [{ name: 'requestId', index: 0, reason: 'unique per request' }],
    });
    expect(Object.keys(classify!.body.parts)).toEqual([
      '(body)',
      'src/model-client.ts#ModelClient.complete',
      'src/prompt.ts#SYSTEM_PROMPT',
      'src/prompt.ts#buildPrompt',
    ]);
    expect(base.manifest.methods['Search.find']!.key).toEqual([
      { name: 'query', index: 0, normalize: 'normalize.text' },
      { name: 'page', index: 1 },
    ]);
    expect(base.sites.get('TextClassifier.classify')?.ttl).toBe('30d');
    // memoize(fn, options): the options are the second argument
    expect(base.manifest.methods['describeImage']).toMatchObject({
      source: 'src/describe.ts',
      version: 'describe-v1',
      key: [
        { name: 'image', index: 0 },
        { name: 'detail', index: 1 },
      ],
    });
    expect(base.sites.get('describeImage')?.ttl).toBe('3600000');
  });

  it('a memoised function: a changed default is a body change', () => {
    const files = edited(CLASSIFIER_PROJECT, 'src/describe.ts', "detail: string = 'short'", "detail: string = 'long'");
    expect(messages(files)[0]).toMatch(
      /^describeImage: body changed \(literal text in the method body\) but version `describe-v1` did not — cached answers from the old body will be served until they expire \(ttl 3600000\)/,
    );
  });

  it('field added: the key gains it, every entry is orphaned (with the count when a store was read)', () => {
    const files = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      'labels: readonly string[]): Promise<string> {',
      "labels: readonly string[], style = 'short'): Promise<string> {",
    );
    expect(differencesTo(files).map((d) => d.kind)).toEqual(['key']);
    expect(messages(files, () => 2914)).toEqual([
      'TextClassifier.classify: key gains field `style` — every existing entry (2,914 in the last `keyproof stats`) is orphaned on deploy. Record it with `keyproof keys` (rewrites keyproof.keys.json).',
    ]);
    expect(messages(files)[0]).toContain('— every existing entry is orphaned on deploy.');
  });

  it('field removed: the key loses it', () => {
    const files = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      "async summarise(text: string, words: number): Promise<string> {\n    return text.split(' ').slice(0, words)",
      "async summarise(text: string): Promise<string> {\n    return text.split(' ').slice(0, 50)",
    );
    expect(differencesTo(files).map((d) => [d.kind, d.id])).toEqual([['key', 'summary']]);
    expect(messages(files)[0]).toMatch(
      /^summary: key loses field `words` — every existing entry is orphaned on deploy\./,
    );
  });

  it('normaliser changed: the field keeps its name but its key values change', () => {
    const files = edited(CLASSIFIER_PROJECT, CLASSIFIER, '@cacheKey(normalize.text) query', '@cacheKey query');
    expect(differencesTo(files).map((d) => d.kind)).toEqual(['key']);
    expect(messages(files)[0]).toMatch(
      /^Search\.find: key field `query` changes normaliser \(`normalize\.text` → none\) — every existing entry is orphaned on deploy/,
    );
  });

  it('exclusion added: the key loses the field, and the message says why', () => {
    const files = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      '   * @excludeFromKey requestId unique per request\n',
      '   * @excludeFromKey requestId unique per request\n   * @excludeFromKey labels fixed per deployment\n',
    );
    expect(differencesTo(files).map((d) => d.kind)).toEqual(['key']);
    expect(messages(files)[0]).toMatch(
      /^TextClassifier\.classify: key loses field `labels` \(now excluded: fixed per deployment\) — every existing entry is orphaned on deploy/,
    );
  });

  it('version bumped with a body change: the version change is recorded, no body complaint', () => {
    let files = edited(CLASSIFIER_PROJECT, 'src/prompt.ts', 'positive, negative or neutral', 'positive or negative');
    files = edited(files, CLASSIFIER, "version: 'cls-v1'", "version: 'cls-v2'");
    const differences = differencesTo(files);
    expect(differences.map((d) => d.kind)).toEqual(['version']);
    expect(differences.filter(isWarning)).toEqual([]);
    expect(messages(files)[0]).toMatch(
      /^TextClassifier\.classify: version `cls-v1` → `cls-v2` — every existing entry is orphaned on deploy, as intended/,
    );
  });

  it('body changed without a version bump: a complaint naming the stale answers, the ttl and both fixes', () => {
    const files = edited(CLASSIFIER_PROJECT, CLASSIFIER, "'small-model'", "'large-model'");
    const differences = differencesTo(files);
    expect(differences.map((d) => d.kind)).toEqual(['body']);
    expect(differences.filter(isWarning)).toHaveLength(1);
    expect(messages(files)).toEqual([
      'TextClassifier.classify: body changed (literal text in the method body) but version `cls-v1` did not — cached answers from the old body will be served until they expire (ttl 30d). ' +
        'Bump version, or accept with `keyproof keys --accept TextClassifier.classify`',
    ]);
  });

  it('body code changed without a version bump on a method without ttl', () => {
    const files = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      'return [query, String(page)];',
      'return [query.trim(), String(page)];',
    );
    expect(messages(files)).toEqual([
      'Search.find: body changed (code of the method body) but version `search-v1` did not — cached answers from the old body will be served for as long as they are kept (no ttl: until `keyproof clear`). ' +
        'Bump version, or accept with `keyproof keys --accept Search.find`',
    ]);
  });

  it("a called helper's body changed: a complaint naming the helper", () => {
    const prompt = edited(
      CLASSIFIER_PROJECT,
      'src/prompt.ts',
      "'Classify the text as positive, negative or neutral.'",
      "'Classify the text as positive or negative.'",
    );
    expect(differencesTo(prompt).map((d) => d.kind)).toEqual(['body']);
    expect(messages(prompt)[0]).toMatch(
      /^TextClassifier\.classify: body changed \(literal text in `src\/prompt\.ts#SYSTEM_PROMPT`\) but version `cls-v1` did not/,
    );
    const code = edited(CLASSIFIER_PROJECT, 'src/prompt.ts', "labels.join(', ')", "labels.slice().sort().join(', ')");
    expect(messages(code)[0]).toMatch(
      /^TextClassifier\.classify: body changed \(code of `src\/prompt\.ts#buildPrompt`\) but version `cls-v1` did not/,
    );
    const client = edited(
      CLASSIFIER_PROJECT,
      'src/model-client.ts',
      'return `${model}:${prompt.length}`;',
      'return `${model}:${prompt.trim().length}`;',
    );
    expect(messages(client)[0]).toMatch(
      /^TextClassifier\.classify: body changed \(code of `src\/model-client\.ts#ModelClient\.complete`\)/,
    );
  });

  it('comments, white space, quotes, semicolons, trailing commas and type annotations: no difference', () => {
    let files = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      '    // one call to the paid model\n',
      '    /* one call to the paid model, billed per token */\n\n',
    );
    files = edited(
      files,
      CLASSIFIER,
      "const answer = await this.client.complete(buildPrompt(text, labels), 'small-model');",
      'const answer = await this.client.complete(\n      buildPrompt(text, labels),\n      "small-model",\n    )',
    );
    files = edited(files, CLASSIFIER, 'return answer.trim();', 'return (answer as string).trim() // trimmed');
    files = edited(files, CLASSIFIER, 'const answer = await', 'const answer: string = await');
    files = edited(files, 'src/prompt.ts', "labels.join(', ')", "(labels satisfies readonly string[]).join(', ')");
    files = edited(
      files,
      'src/prompt.ts',
      '/** The instructions the model follows. */',
      '// The instructions the model follows (reviewed by the product team).',
    );
    files = edited(
      files,
      'src/prompt.ts',
      "'Classify the text as positive, negative or neutral.'",
      '"Classify the text as positive, negative or neutral."',
    );
    expect(differencesTo(files)).toEqual([]);
  });

  it('method renamed under an explicit id: no difference', () => {
    const files = edited(CLASSIFIER_PROJECT, CLASSIFIER, 'async summarise(', 'async summarize(');
    expect(differencesTo(files)).toEqual([]);
  });

  it('method removed, and method added', () => {
    const removed = edited(CLASSIFIER_PROJECT, CLASSIFIER, /export class Summariser \{[\s\S]*$/, '');
    expect(differencesTo(removed).map((d) => [d.kind, d.id])).toEqual([['removed', 'summary']]);
    expect(messages(removed)[0]).toBe(
      'summary: in keyproof.keys.json but no longer in the program (removed, or its id changed) — its entries are never read again (`keyproof clear --method summary` frees them). Record it with `keyproof keys` (rewrites keyproof.keys.json).',
    );
    const renamed = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      "@memoize({ version: 'search-v1' })\n  async find(",
      "@memoize({ version: 'search-v1' })\n  async lookup(",
    );
    expect(differencesTo(renamed).map((d) => [d.kind, d.id])).toEqual([
      ['removed', 'Search.find'],
      ['added', 'Search.lookup'],
    ]);
  });

  it('class field values: a default read by the body is watched; a @cacheKey field is in the key, so a new value is not a stale answer', () => {
    const withModel = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      'export class Summariser {',
      "export class Summariser {\n  constructor(@notKey private readonly model = 'tiny', @cacheKey private readonly words = 50) {}\n\n  @memoize({ version: 'brief-v1' })\n  async brief(text: string): Promise<string> {\n    return `${this.model}:${text.split(' ').slice(0, this.words).join(' ')}`;\n  }\n",
    );
    const imported = edited(
      withModel,
      CLASSIFIER,
      "import { cacheKey, memoize, normalize } from 'keyproof';",
      "import { cacheKey, memoize, normalize, notKey } from 'keyproof';",
    );
    const before = manifestOf(imported);
    expect(Object.keys(before.manifest.methods['Summariser.brief']!.body.parts)).toEqual([
      '(body)',
      'src/classifier.ts#Summariser.model',
    ]);
    const model = manifestOf(edited(imported, CLASSIFIER, "model = 'tiny'", "model = 'large'"));
    expect(compareManifests(before.manifest, model.manifest).map((d) => d.kind)).toEqual(['body']);
    const words = manifestOf(edited(imported, CLASSIFIER, 'words = 50', 'words = 80'));
    expect(compareManifests(before.manifest, words.manifest)).toEqual([]);
  });

  it('another memoised method called from a body is governed by its own version, not followed', () => {
    const files = edited(
      CLASSIFIER_PROJECT,
      CLASSIFIER,
      'export class Summariser {',
      "export class Summariser {\n  private readonly search = new Search();\n\n  @memoize({ version: 'short-v1' })\n  async shortest(text: string): Promise<string> {\n    return (await this.search.find(text, 1))[0] ?? '';\n  }\n",
    );
    const next = manifestOf(files);
    // the field's initialiser is read; Search.find is memoised under its own version and not followed
    expect(Object.keys(next.manifest.methods['Summariser.shortest']!.body.parts)).toEqual([
      '(body)',
      'src/classifier.ts#Summariser.search',
    ]);
  });
});
