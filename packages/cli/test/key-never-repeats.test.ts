import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, configure, flush, memoize, planSignature, PLAN_FORMAT, type KeyPlan } from 'keyproof';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * The job-ID story run unplanned (keyed on every argument), then `keyproof stats` in a new
 * process: the diagnosis comes from the store's counters and merged key sketches.
 */
const stores = [
  ['SQLite', `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-cli-watch-')), 'cache.sqlite')}`],
  ['Redis', process.env.KEYPROOF_TEST_REDIS_URL],
  ['Redis Cluster', process.env.KEYPROOF_TEST_REDIS_CLUSTER_URL],
  ['PostgreSQL', process.env.KEYPROOF_TEST_POSTGRES_URL],
] as const;

interface MethodJson {
  id: string;
  calls: number;
  hits: number;
  diagnosis?: { field: string; calls: number; hits: number; message: string };
}

describe.each(stores)('keyproof stats names the never-repeating field on %s', (_name, url) => {
  afterEach(() => vi.restoreAllMocks());

  it.skipIf(!url)('from the store, in a new process', async () => {
    const warnings: string[] = [];
    vi.spyOn(process, 'emitWarning').mockImplementation(
      ((message: string) => void warnings.push(String(message))) as typeof process.emitWarning,
    );
    const id = `cli${randomBytes(4).toString('hex')}.LogoService.generate`;
    configure({ store: url!, flushIntervalMs: 0 });
    let upstream = 0;
    const generate = memoize(
      async function generate(jobId: string, mode: string, name: string) {
        upstream++;
        return `${mode}:${name}:${jobId.length}`;
      },
      { id, unplanned: 'all-arguments' },
    );
    for (let i = 0; i < 230; i++)
      await generate(`job-${i}`, ['new', 'refresh'][i % 2]!, ['Acme', 'Bolt', 'Cedar'][i % 3]!);
    await flush();
    await close();
    expect(upstream).toBe(230);
    expect(warnings.some((w) => w.includes('field `jobId`'))).toBe(true);

    const json = await runCli(['stats', '--json', '--store', url!]);
    expect(json.stderr).toBe('');
    const mine = (JSON.parse(json.stdout) as { methods: MethodJson[] }).methods.find((m) => m.id === id)!;
    expect(mine).toMatchObject({ calls: 230, hits: 0, diagnosis: { field: 'jobId', calls: 230, hits: 0 } });

    const text = await runCli(['stats', '--store', url!]);
    expect(text.stdout).toContain('Keys that never repeat (key-never-repeats):');
    expect(text.stdout).toMatch(
      /: 230 calls, 0 hits; field `jobId` had \d+ distinct values in 230 calls while the other 2 fields had at most 3\./,
    );
    await runCli(['clear', '--method', id, '--store', url!]);
  });
});

describe('keyproof stats shows shadow savings and misses by reason', () => {
  it('from a SQLite store written by a shadow method', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-cli-shadow-')), 'cache.sqlite')}`;
    configure({ store: url, flushIntervalMs: 0 });
    const id = 'Pricing.quote';
    const quote = memoize(async (sku: string) => sku.length, {
      id,
      mode: 'shadow',
      cost: 0.25,
      unplanned: 'all-arguments',
    });
    vi.spyOn(process, 'emitWarning').mockImplementation((() => undefined) as typeof process.emitWarning);
    for (const sku of ['a', 'b', 'a', 'a', 'c', 'b']) await quote(sku);
    await flush();
    await close();
    vi.restoreAllMocks();
    const text = await runCli(['stats', '--store', url]);
    expect(text.stdout).toContain('Shadow mode (upstream called every time; what the cache would have answered):');
    expect(text.stdout).toContain('  Pricing.quote: 3 would-be hits of 6 calls, 0.75 would have been saved');
    expect(text.stdout).toContain('Misses by reason:\n  Pricing.quote: 3 new key');
    const json = JSON.parse((await runCli(['stats', '--json', '--store', url])).stdout) as {
      methods: Array<Record<string, unknown>>;
    };
    expect(json.methods[0]).toMatchObject({
      id,
      wouldBeHits: 3,
      wouldBeSaved: 0.75,
      missReasons: { new: 3, expired: 0 },
    });
  });
});

describe('keyproof explain --misses', () => {
  it('names the field that differs from the nearest stored entry for a new key (a changed colour)', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-cli-misses-')), 'cache.sqlite')}`;
    configure({ store: url, flushIntervalMs: 0 });
    const id = 'LogoService.render';
    const fields = [
      { name: 'name', index: 0 },
      { name: 'style', index: 1 },
      { name: 'colors', index: 2 },
    ];
    const plan: KeyPlan = {
      format: PLAN_FORMAT,
      id,
      source: 'src/logo.ts:3',
      fields,
      excluded: [],
      signature: planSignature(fields),
      project: ((n: string, s: string, c: string[]) => [n, s, c]) as KeyPlan['project'],
    };
    const render = memoize(
      async (name: string, style: string, colors: string[]) => `${name}/${style}/${colors.join()}`,
      { id, version: 'r1' },
      plan,
    );
    await render('Acme Bakery', 'flat', ['#fff', '#000']);
    await render('Acme Bakery', 'flat', ['#fff', '#000']);
    await flush(); // the first entry's record (with its field digests) is written
    await render('Acme Bakery', 'flat', ['#fff', '#f00']);
    await flush();
    await close();
    const run = await runCli(['explain', id, '--misses', '--store', url]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Recent misses (2 of 2, newest first):');
    expect(run.stdout).toMatch(
      /new key \(version r1\); nearest entry still stored \S+ \(version r1\) differs in: `colors`\n/,
    );
    expect(run.stdout).toMatch(/new key \(version r1\); no entry written before it is still stored to compare with/);
    const json = JSON.parse((await runCli(['explain', id, '--misses', '--json', '--store', url])).stdout) as {
      recentMisses: Array<{ reason: string; nearest?: { differs: string[] } }>;
    };
    expect(json.recentMisses[0]).toMatchObject({ reason: 'new', nearest: { differs: ['colors'] } });
  });
});
