/**
 * The review's estimate, end to end on a copy of examples/logo-pipeline: the example built with
 * the real tspc fills a real SQLite store through its paid (fake) API, `keyproof stats
 * --snapshot` takes the figures, and `keyproof review` judges a prompt change without and then
 * with a version bump, pricing the second from the snapshot.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TOOLCHAINS } from '@keyproof/test-support';
import { withStore } from '../src/open-store.js';
import { readSummary } from '../src/read-summary.js';
import type { StatsSnapshot } from '../src/stats-snapshot.js';
import type { ReviewReport } from '../src/review/review-report.js';
import { locateStore } from '../src/store-location.js';
import { createKeysProject, editFile, git, keyproof, removeProject, tspc } from './keys-project.js';

const toolchain = TOOLCHAINS[0]!;

/** The example's fake paid image API (src/fake-image-api.ts), from the copy's own tspc build. */
interface FakeImageApi {
  readonly url: string;
  readonly calls: number;
  close(): Promise<void>;
}
let dir: string;
let api: FakeImageApi;
let store: string;
let snapshotFile: string;
let snapshot: StatsSnapshot;

/** One process of the example's own runner (`node dist/run-jobs.js`): same request for every job id. */
function runJobs(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['dist/run-jobs.js', '--api', api.url, '--source', 'source.png', '--jobs-dir', 'jobs', ...args],
      { cwd: dir, env: { ...process.env, KEYPROOF_STORE: store } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`run-jobs ${args.join(' ')} failed: ${stderr}`)) : resolve(stdout),
    );
  });
}

beforeAll(async () => {
  dir = createKeysProject(toolchain, {}, path.join(ROOT, 'examples/logo-pipeline/src'));
  store = `sqlite://${path.join(dir, 'store.sqlite')}`;
  snapshotFile = path.join(dir, 'stats-snapshot.json');
  fs.writeFileSync(path.join(dir, 'source.png'), randomBytes(2048));
  expect(await keyproof('keys', '-p', dir)).toMatchObject({ code: 0 });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  expect(tspc(dir, toolchain)).toMatchObject({ code: 0, out: '' });
  const { startFakeImageApi } = (await import(pathToFileURL(path.join(dir, 'dist/fake-image-api.js')).href)) as {
    startFakeImageApi: () => Promise<FakeImageApi>;
  };
  api = await startFakeImageApi();
  // three requests: Acme twice, Birch once, a serif Acme three times → 3 entries, 2 asked for again
  await runJobs(['job-1', 'job-2']);
  await runJobs(['--name', 'Birch Books', 'job-3']);
  await runJobs(['--style', 'serif, elegant', 'job-4', 'job-5', 'job-6']);
}, 120_000);

afterAll(async () => {
  await api?.close();
  if (dir) removeProject(dir);
});

describe('keyproof review on the logo pipeline', { timeout: 180_000 }, () => {
  it('the snapshot counts what the example did: 6 calls, 3 upstream (the API agrees), 3 entries, 2 asked for again', async () => {
    expect(api.calls).toBe(3);
    const taken = await keyproof('stats', '--snapshot', snapshotFile, '--store', store);
    expect(taken.code).toBe(0);
    expect(taken.err).toMatch(
      /wrote .*stats-snapshot\.json \(1 method, 3 entries counted; no keys, digests or values\)/,
    );
    snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as StatsSnapshot;
    expect(snapshot.format).toBe('keyproof-stats/1');
    const [method] = snapshot.methods;
    expect(method).toMatchObject({
      id: 'LogoService.generate',
      version: 'gen-v3',
      cost: 0.04,
      calls: 6,
      hits: 3,
      misses: 3,
      upstreamCalls: 3,
      saved: 0.12,
    });
    expect(method!.versions).toEqual([
      expect.objectContaining({
        version: 'gen-v3',
        entries: 3,
        askedAgain: 2,
        hits: 3,
        hitCounts: [
          { hits: '0', entries: 1 },
          { hits: '1', entries: 1 },
          { hits: '2-3', entries: 1 },
        ],
      }),
    ]);
  });

  it('the snapshot holds no key, digest, field digest or argument of the run', async () => {
    const text = fs.readFileSync(snapshotFile, 'utf8');
    const summary = await withStore(locateStore(store), readSummary);
    expect(summary.entries).toHaveLength(3);
    const secrets = new Set<string>();
    for (const e of summary.entries) {
      secrets.add(e.key);
      secrets.add(e.digest);
      secrets.add(e.digest.slice(0, 12));
      for (const d of Object.values(e.fields ?? {})) secrets.add(d);
    }
    const source = fs.readFileSync(path.join(dir, 'source.png'));
    const { createHash } = await import('node:crypto');
    for (const arg of [
      'Acme Bakery',
      'Birch Books',
      'flat, friendly',
      'serif, elegant',
      '#1b5e20',
      '#aaff00',
      'new',
      'job-1',
      'job-3',
      'job-6',
      source.toString('base64').slice(0, 24),
      createHash('sha256').update(source).digest('hex'),
    ]) {
      secrets.add(arg);
    }
    expect(secrets.size).toBeGreaterThan(12);
    for (const secret of secrets)
      expect(text.includes(secret), `snapshot contains ${JSON.stringify(secret)}`).toBe(false);
    expect(text).not.toMatch(/sqlite:|store\.sqlite/);
  });

  it('prompt changed, version not bumped: the review fails (body changed)', async () => {
    editFile(dir, 'logo-prompt.ts', 'Flat vector, plain background', 'Flat vector, white background');
    const md = await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', snapshotFile);
    expect(md.code).toBe(1);
    expect(md.out).toContain('**1 method fails the review:**');
    expect(md.out).toContain(
      'LogoService.generate: body changed (literal text in `src/logo-prompt.ts#logoPrompt`) but version `gen-v3` did not',
    );
    const json = await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', snapshotFile, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as ReviewReport;
    expect(report.failures).toBe(1);
    expect(report.methods[0]).toMatchObject({
      id: 'LogoService.generate',
      price: null,
      failure: { kind: 'body-changed' },
    });
  });

  it('with a version bump it passes, priced: orphaned entries × cost, the snapshot’s numbers', async () => {
    editFile(dir, 'logo-service.ts', "version: 'gen-v3'", "version: 'gen-v4'");
    const json = await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', snapshotFile, '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as ReviewReport;
    const v3 = snapshot.methods[0]!.versions.find((v) => v.version === 'gen-v3')!;
    const cost = snapshot.methods[0]!.cost;
    expect(report.methods).toHaveLength(1);
    expect(report.methods[0]!.failure).toBeNull();
    expect(report.methods[0]!.changes.map((c) => c.kind)).toEqual(['version']);
    expect(report.methods[0]!.price).toMatchObject({
      version: 'gen-v3',
      orphaned: v3.entries,
      askedAgain: v3.askedAgain,
      cost,
      respend: Math.round(v3.askedAgain * cost * 10_000) / 10_000,
      respendIfAll: Math.round(v3.entries * cost * 10_000) / 10_000,
    });
    expect(report.methods[0]!.price).toMatchObject({ orphaned: 3, askedAgain: 2, respend: 0.08, respendIfAll: 0.12 });
    expect(report.totals).toEqual({ orphaned: 3, askedAgain: 2, respend: 0.08 });
    expect(report.methods[0]!.changes[0]!.message).toContain(
      'every existing entry (3 in the last `keyproof stats`) is orphaned on deploy',
    );
    const md = await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', snapshotFile);
    expect(md.out).toMatch(/\| `LogoService\.generate` \| version bumped \| 3 \| 2 \| 0\.08 \| /);
  });

  it('over the budget it fails until the re-spend is accepted in the manifest', async () => {
    const over = await keyproof(
      'review',
      '-p',
      dir,
      '--base',
      'HEAD',
      '--stats',
      snapshotFile,
      '--max-respend',
      '0.05',
      '--json',
    );
    expect(over.code).toBe(1);
    const failed = JSON.parse(over.out) as ReviewReport;
    expect(failed.methods[0]!.failure).toMatchObject({ kind: 'over-budget' });
    expect(failed.methods[0]!.failure!.message).toContain('expected re-spend 0.08 exceeds --max-respend 0.05');
    expect(failed.methods[0]!.failure!.message).toContain('keyproof keys --accept LogoService.generate --base HEAD');
    expect(
      (await keyproof('review', '-p', dir, '--base', 'HEAD', '--stats', snapshotFile, '--max-respend', '0.08')).code,
    ).toBe(0);

    const accepted = await keyproof('keys', '-p', dir, '--accept', 'LogoService.generate', '--base', 'HEAD');
    expect(accepted.code).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'keyproof.keys.json'), 'utf8')) as {
      methods: Record<string, { version: string; respendAccepted?: Record<string, string> }>;
    };
    expect(manifest.methods['LogoService.generate']).toMatchObject({
      version: 'gen-v4',
      respendAccepted: {
        by: 'Grace Reviewer',
        from: expect.stringMatching(/^gen-v3@/),
        to: expect.stringMatching(/^gen-v4@/),
      },
    });
    const ok = await keyproof(
      'review',
      '-p',
      dir,
      '--base',
      'HEAD',
      '--stats',
      snapshotFile,
      '--max-respend',
      '0.05',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as ReviewReport).methods[0]).toMatchObject({
      failure: null,
      respendAccepted: { by: 'Grace Reviewer' },
    });
    // the frozen check agrees with the recorded file
    expect((await keyproof('check', '-p', dir, '--frozen')).code).toBe(0);
  });

  it('--format github: one workflow command per finding, on the @memoize line', async () => {
    editFile(dir, 'logo-service.ts', "version: 'gen-v4'", "version: 'gen-v3'");
    const gh = await keyproof('review', '-p', dir, '--base', 'HEAD', '--format', 'github');
    expect(gh.code).toBe(1);
    const lines = gh.out.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^::error file=.*src\/logo-service\.ts,line=\d+,title=keyproof review%3A body changed%2C version did not::LogoService\.generate: body changed \(literal text in `src\/logo-prompt\.ts#logoPrompt`\) but version `gen-v3` did not — .*$/,
      ),
      // and on the code that changed: the prompt function's declaration
      expect.stringMatching(
        /^::error file=.*src\/logo-prompt\.ts,line=8,title=keyproof review%3A literal text of LogoService\.generate's body::The literal text of `src\/logo-prompt\.ts#logoPrompt` changed, and LogoService\.generate's answers depend on it — its version did not change, .*$/,
      ),
    ]);
    const report = JSON.parse((await keyproof('review', '-p', dir, '--base', 'HEAD', '--json')).out) as ReviewReport;
    expect(report.methods[0]!.changedParts).toEqual([
      {
        part: 'src/logo-prompt.ts#logoPrompt',
        change: 'literal text',
        place: { file: expect.stringMatching(/src\/logo-prompt\.ts$/), line: 8 },
      },
    ]);
  });
});
