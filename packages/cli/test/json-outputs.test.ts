/**
 * `--json` of clear and keys, the snapshot of a populated store (format, figures, nothing
 * secret), and the review's usage errors (exit 2) and unreadable inputs (exit 1).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLCHAINS } from '@keyproof/test-support';
import { createKeysProject, editFile, git, keyproof, removeProject } from './keys-project.js';
import { populateStore } from './populate-store.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-json-'));
const store = `sqlite://${path.join(tmp, 'cache.sqlite')}`;
const dirs: string[] = [];
let upstream: { classifyUpstream: number; describeUpstream: number };

beforeAll(async () => {
  upstream = await populateStore(store);
});
afterAll(() => {
  dirs.forEach(removeProject);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('stats --snapshot', () => {
  it('per method and version: entries, asked again, hit buckets, counters; no key, digest, field digest or argument', async () => {
    expect(upstream).toEqual({ classifyUpstream: 2, describeUpstream: 1 });
    const file = path.join(tmp, 'snap.json');
    const run = await keyproof('stats', '--store', store, '--snapshot', file, '--top', '0');
    expect(run.code).toBe(0);
    const text = fs.readFileSync(file, 'utf8');
    const snap = JSON.parse(text) as {
      format: string;
      methods: Array<Record<string, unknown> & { versions: Array<Record<string, unknown>> }>;
    };
    expect(snap.format).toBe('keyproof-stats/1');
    expect(snap.methods.map((m) => [m['id'], m['cost'], m['calls'], m['hits'], m['upstreamCalls']])).toEqual([
      ['Classifier.classify', 0.25, 6, 4, 2],
      ['Photos.describe', 0.5, 3, 2, 1],
    ]);
    expect(snap.methods[0]!.versions).toEqual([
      expect.objectContaining({
        version: 'm1',
        entries: 2,
        askedAgain: 2,
        hits: 4,
        hitCounts: [
          { hits: '1', entries: 1 },
          { hits: '2-3', entries: 1 },
        ],
      }),
    ]);
    expect(snap.methods[1]!.versions).toEqual([
      expect.objectContaining({
        version: 'd1',
        entries: 1,
        askedAgain: 1,
        hits: 2,
        hitCounts: [{ hits: '2-3', entries: 1 }],
      }),
    ]);
    const stats = JSON.parse((await keyproof('stats', '--store', store, '--json', '--top', '10')).out) as {
      topEntries: Array<{ key: string; digest: string }>;
    };
    expect(stats.topEntries).toHaveLength(3);
    for (const e of stats.topEntries) {
      expect(text).not.toContain(e.digest.slice(0, 12));
      expect(text).not.toContain(e.key);
    }
    for (const arg of ['Hello', 'hello', 'Goodbye', 'goodbye now', 'r1', 'r6', tmp]) expect(text).not.toContain(arg);
  });

  it('--snapshot needs a file', async () => {
    const run = await keyproof('stats', '--store', store, '--snapshot=');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--snapshot takes a file to write, got ""');
    expect(await keyproof('stats', '--store', store, '--snapshot', '--json')).toMatchObject({
      code: 2,
      err: expect.stringContaining("Option '--snapshot' argument is ambiguous"),
    });
  });
});

describe('clear --json', () => {
  it('says what it removed as JSON', async () => {
    const run = await keyproof('clear', '--store', store, '--method', 'Photos.describe', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ store, method: 'Photos.describe', version: null, removed: 1 });
  });
});

describe('keys --json and review inputs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = createKeysProject(TOOLCHAINS[0]!);
    dirs.push(dir);
  });

  it('keys --json: what was written, then the differences', async () => {
    const first = await keyproof('keys', '-p', dir, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({
      projects: [
        { manifest: expect.stringMatching(/keyproof\.keys\.json$/), written: 'wrote', methods: 2, differences: [] },
      ],
      unknown: [],
      exitCode: 0,
    });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    editFile(dir, 'prompt.ts', 'positive, negative or neutral', 'positive, negative, mixed or neutral');
    const changed = JSON.parse((await keyproof('keys', '-p', dir, '--json')).out) as {
      projects: Array<{
        written: string;
        unresolved: string[];
        differences: Array<{ id: string; kind: string; message: string }>;
      }>;
    };
    expect(changed.projects[0]).toMatchObject({ written: 'up to date', unresolved: ['TextClassifier.classify'] });
    expect(changed.projects[0]!.differences).toEqual([
      expect.objectContaining({
        id: 'TextClassifier.classify',
        kind: 'body',
        message: expect.stringContaining('body changed (literal text in `src/prompt.ts#SYSTEM_PROMPT`)'),
      }),
    ]);
    const diff = JSON.parse((await keyproof('keys', '-p', dir, '--diff', 'HEAD', '--json')).out) as {
      projects: Array<{ ref: string; differences: Array<{ kind: string }> }>;
    };
    expect(diff.projects[0]).toMatchObject({ ref: 'HEAD', differences: [{ kind: 'body' }] });
  });

  it('review --json: a field that becomes an exclusion is a key change, listed with its reason', async () => {
    editFile(
      dir,
      'classifier.ts',
      "  @memoize({ id: 'summary', version: 'sum-v1' })",
      "  /** @excludeFromKey words the length is the caller's layout, not the answer's */\n  @memoize({ id: 'summary', version: 'sum-v1' })",
    );
    const run = await keyproof('review', '-p', dir, '--base', 'HEAD', '--json');
    const report = JSON.parse(run.out) as {
      methods: Array<{
        id: string;
        changes: Array<{ kind: string; message: string }>;
        exclusionsAdded: unknown[];
        failure: { kind: string } | null;
      }>;
    };
    const summary = report.methods.find((m) => m.id === 'summary')!;
    expect(summary.changes).toEqual([
      {
        kind: 'key',
        message: expect.stringContaining(
          "summary: key loses field `words` (now excluded: the length is the caller's layout, not the answer's) — every existing entry is orphaned on deploy",
        ),
      },
    ]);
    expect(summary.exclusionsAdded).toEqual([
      { name: 'words', reason: "the length is the caller's layout, not the answer's", capturedBy: null },
    ]);
    expect(summary.failure).toBeNull();
    // the prompt change of the test before still fails the review
    expect(run.code).toBe(1);
    expect(report.methods.find((m) => m.id === 'TextClassifier.classify')!.failure).toMatchObject({
      kind: 'body-changed',
    });
  });

  it('review: usage mistakes exit 2, unreadable inputs exit 1 with the fix', async () => {
    expect(await keyproof('review', '-p', dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--base takes the git ref to compare with'),
    });
    expect(await keyproof('review', '-p', dir, '--base', 'HEAD', '--max-respend', '5')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--max-respend needs --stats FILE'),
    });
    expect(
      await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', 'x.json', '--max-respend', 'lots'),
    ).toMatchObject({ code: 2, err: expect.stringContaining('--max-respend takes an amount ≥ 0') });
    expect(await keyproof('review', '-p', dir, '--base', 'HEAD', '--format', 'html')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format takes markdown, json, github, got "html"'),
    });
    const missing = await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', path.join(tmp, 'none.json'));
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('cannot read the stats snapshot') });
    fs.writeFileSync(path.join(tmp, 'old.json'), JSON.stringify({ format: 'keyproof-stats/0', methods: [] }));
    expect(await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', path.join(tmp, 'old.json'))).toMatchObject({
      code: 1,
      err: expect.stringContaining(
        'is not a keyproof stats snapshot: "format" is "keyproof-stats/0", expected "keyproof-stats/1"',
      ),
    });
    expect(await keyproof('review', '-p', dir, '--base', 'no-such-ref')).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot read keyproof.keys.json at no-such-ref'),
    });
  });
});
