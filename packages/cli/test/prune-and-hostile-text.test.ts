/**
 * `keyproof prune` reclaims what expired (and evicts down to a size) on every persistent store;
 * `clear` counts only live entries; text a store holds (versions, field names) cannot forge a
 * line of `explain`; a generated store password never reaches `stats` output, text or JSON.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { close, configure, flush, memoize, planSignature, PLAN_FORMAT, type KeyField, type KeyPlan } from 'keyproof';
import { openStoreUrl, readStore } from 'keyproof/store';
import { afterEach, describe, expect, it } from 'vitest';
import { leakedPieces, passwordUrls } from './password-corpus.js';
import { runCli } from './run-cli.js';

const stores = [
  { name: 'sqlite', url: () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-prune-')), 'cache.sqlite')}` },
  ...(process.env.KEYPROOF_TEST_REDIS_URL ? [{ name: 'redis', url: () => process.env.KEYPROOF_TEST_REDIS_URL! }] : []),
  ...(process.env.KEYPROOF_TEST_POSTGRES_URL
    ? [{ name: 'postgres', url: () => process.env.KEYPROOF_TEST_POSTGRES_URL! }]
    : []),
];
let n = 0;
const uid = (base: string) => `${base}.${process.pid}.${Date.now().toString(36)}.${++n}`;

function fn(id: string, options: { ttl?: number; cost?: number; version?: string } = {}) {
  const fields: KeyField[] = [{ name: 'x', index: 0 }];
  const plan: KeyPlan = {
    format: PLAN_FORMAT,
    id,
    source: 'test.ts:1',
    fields,
    excluded: [],
    signature: planSignature(fields),
    project: ((x: number) => [x]) as KeyPlan['project'],
  };
  let upstream = 0;
  const call = memoize(
    async (x: number) => {
      upstream++;
      return x;
    },
    { id, ...options },
    plan,
  );
  return { call, upstream: () => upstream };
}

afterEach(async () => {
  await close();
});

describe.each(stores)('prune and clear [$name]', ({ name, url: makeUrl }) => {
  it('prune removes expired entries and records; clear then counts only live entries', async () => {
    const url = makeUrl();
    configure({ store: url, flushIntervalMs: 0, reclaimIntervalMs: 0 });
    const short = fn(uid('Prune.short'));
    const kept = fn(uid('Prune.kept'));
    for (let i = 0; i < 30; i++) await short.call(i);
    const shortTtl = fn(uid('Prune.ttl'), { ttl: 100 });
    for (let i = 0; i < 30; i++) await shortTtl.call(i);
    await kept.call(1);
    await flush();
    await close();
    await sleep(1_500); // past the entries' expiry and their records' (TTL + 1 s)
    const run = await runCli(['prune', '--json', '--store', url]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { expired: number; evicted: number };
    if (name !== 'redis') expect(report.expired).toBeGreaterThanOrEqual(60); // 30 entries + 30 records (Redis expires them itself)
    const cleared = await runCli(['clear', '--store', url]);
    expect(cleared.stdout).toMatch(/^Removed \d+ entr/);
    const removed = Number(/Removed (\d+)/.exec(cleared.stdout)![1]);
    if (name === 'sqlite') expect(removed).toBe(31); // 30 without TTL + 1: none of the expired ones
    const keyv = await openStoreUrl(url);
    try {
      expect((await readStore(keyv, true)).entries!.filter((e) => e.id.startsWith('Prune.'))).toEqual([]);
    } finally {
      await keyv.disconnect();
    }
  });

  it.runIf(name === 'sqlite')('prune --max-entries evicts the cheapest entries first', async () => {
    const url = makeUrl();
    configure({ store: url, flushIntervalMs: 0, reclaimIntervalMs: 0, storeBound: false });
    const cheap = fn(uid('Prune.cheap'), { cost: 0.001 });
    const dear = fn(uid('Prune.dear'), { cost: 2 });
    for (let i = 0; i < 3; i++) await dear.call(i);
    for (let i = 0; i < 17; i++) await cheap.call(i);
    await flush();
    await close();
    const run = await runCli(['prune', '--max-entries', '10', '--store', url]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/evicted 11 entries .* holds 9 entries/);
    configure({ store: url, flushIntervalMs: 0, reclaimIntervalMs: 0 });
    for (let i = 0; i < 3; i++) await dear.call(i);
    expect(dear.upstream()).toBe(3); // every expensive answer still served
  });
});

describe('text from the store', () => {
  it('a version or field name holding a newline or U+202E cannot forge or reverse a line of explain', async () => {
    const url = stores[0]!.url();
    const keyv = await openStoreUrl(url);
    const id = 'Forged.method';
    const evilVersion = 'v1\nTotal 0 calls\u202egnp.';
    const plan = {
      format: 1,
      id,
      source: 'src/x.ts:1',
      signature: 's',
      fields: [{ name: 'x\nTotal 0 calls', index: 0 }],
      excluded: [{ name: 'y\u202e', index: 1, reason: 'r\nTotal 0 calls' }],
    };
    await keyv.set(`~method:${id}`, {
      id,
      version: evilVersion,
      cost: 1,
      ttlMs: null,
      plan,
      updatedAt: 0,
      versions: [evilVersion],
    });
    await keyv.set(`${id}:${evilVersion}:abc`, 'AQ==');
    await keyv.set(`~meta:${id}:${evilVersion}:abc`, {
      id,
      version: evilVersion,
      createdAt: 1,
      size: 1,
      hits: 0,
      lastHitAt: null,
      expiresAt: null,
    });
    await keyv.disconnect();
    const run = await runCli(['explain', id, '--store', url]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^\s*Total 0 calls/.test(l))).toEqual([]);
    expect(run.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('v1\\x0aTotal 0 calls\\u202egnp.');
    const stats = await runCli(['stats', '--store', url]);
    expect(stats.code, stats.stderr).toBe(0);
    expect(stats.stdout.split('\n').filter((l) => /^\s*Total 0 calls/.test(l))).toEqual([]);
    expect(stats.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('generated store passwords', () => {
  it('never appear in stats output (text or JSON) or its errors', async () => {
    for (const { password, url } of passwordUrls(1)) {
      // every URL shape; the 1,000-password corpus runs against redact() in the runtime's tests
      const dead = url.replace(/@[^@]*$/, '@127.0.0.1:1/0');
      for (const args of [
        ['stats', '--store', dead],
        ['stats', '--json', '--store', dead],
        ['prune', '--store', dead],
      ]) {
        const run = await runCli(args);
        expect(run.code).not.toBe(0);
        expect(leakedPieces(run.stdout + run.stderr, password, dead)).toEqual([]);
      }
    }
  }, 60_000);
});
