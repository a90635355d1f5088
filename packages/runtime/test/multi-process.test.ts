/**
 * Several real `node` processes on one store. SQLite: four processes writing one file at once
 * never fail a call (busy timeout), and what they stored is intact for a fifth. Stampede: many
 * processes missing the same key at once make as few upstream calls as the store allows
 * (a fill lease on SQLite, Redis and PostgreSQL; see src/store/lease.ts).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStoreUrl } from '../src/store/adapters.js';
import { readStore } from '../src/stats.js';
import { uniqueId } from './support/stores.js';
import { runProcesses, startFiller, total } from './support/processes.js';

const here = dirname(fileURLToPath(import.meta.url));
beforeAll(() => {
  if (!existsSync(join(here, '..', 'dist', 'index.js')))
    throw new Error('packages/runtime/dist is missing: run `pnpm build` first');
});

const freshSqlite = () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-multi-')), 'cache.sqlite')}`;

it('4 processes × 200 calls writing one SQLite file at once: no call fails, and a fifth process hits everything', async () => {
  const url = freshSqlite();
  const id = uniqueId('sqlite-writers');
  const reports = await runProcesses(4, {
    url,
    id,
    calls: 200,
    keys: 40,
    concurrency: 20,
    upstreamMs: 2,
    leaseMs: 30_000,
  });
  expect(total(reports, 'failures'), JSON.stringify(reports)).toBe(0);
  const upstream = total(reports, 'upstreamCalls');
  console.log(
    `sqlite, 4 processes × 200 calls over 40 keys: ${upstream} upstream calls, ${total(reports, 'bypasses')} store bypasses`,
  );
  expect(upstream).toBeGreaterThanOrEqual(40);
  // each key is filled once (the lease); only a store that did not answer in time lets a process go alone
  expect(upstream).toBeLessThanOrEqual(40 + total(reports, 'bypasses'));

  const [reader] = await runProcesses(1, {
    url,
    id,
    calls: 40,
    keys: 40,
    concurrency: 40,
    upstreamMs: 2,
    leaseMs: 30_000,
  });
  expect(reader!.failures).toBe(0);
  expect(reader!.upstreamCalls).toBe(0);
});

const stores = [
  { name: 'sqlite', url: freshSqlite, skip: undefined },
  {
    name: 'redis',
    url: () => process.env.KEYPROOF_TEST_REDIS_URL!,
    skip: process.env.KEYPROOF_TEST_REDIS_URL ? undefined : 'KEYPROOF_TEST_REDIS_URL is not set',
  },
  {
    name: 'redis-cluster',
    url: () => process.env.KEYPROOF_TEST_REDIS_CLUSTER_URL!,
    skip: process.env.KEYPROOF_TEST_REDIS_CLUSTER_URL ? undefined : 'KEYPROOF_TEST_REDIS_CLUSTER_URL is not set',
  },
  {
    name: 'postgres',
    url: () => process.env.KEYPROOF_TEST_POSTGRES_URL!,
    skip: process.env.KEYPROOF_TEST_POSTGRES_URL ? undefined : 'KEYPROOF_TEST_POSTGRES_URL is not set',
  },
];

describe('cross-process stampede: 4 processes × 25 concurrent calls of one missing key', () => {
  for (const store of stores) {
    it.skipIf(store.skip !== undefined)(
      `[${store.name}]${store.skip ? ` (skipped: ${store.skip})` : ''} with the lease: one upstream call; without: one per process`,
      async () => {
        const base = { calls: 25, keys: 1, concurrency: 25, upstreamMs: 300 };
        const leased = await runProcesses(4, {
          ...base,
          url: store.url(),
          id: uniqueId(`stampede-${store.name}`),
          leaseMs: 30_000,
        });
        const unleased = await runProcesses(4, {
          ...base,
          url: store.url(),
          id: uniqueId(`stampede-${store.name}-off`),
          leaseMs: 0,
        });
        const withLease = total(leased, 'upstreamCalls');
        const withoutLease = total(unleased, 'upstreamCalls');
        console.log(
          `stampede | ${store.name} | 4 × 25 | lease: ${withLease} upstream calls (${total(leased, 'bypasses')} bypasses) | no lease: ${withoutLease} | slowest process ${Math.max(...leased.map((r) => r.ms))} ms`,
        );
        expect(total(leased, 'failures') + total(unleased, 'failures')).toBe(0);
        // the lease gives way only where the store did not answer in time (a bypass): then that process goes alone
        expect(withLease).toBeLessThanOrEqual(1 + total(leased, 'bypasses'));
        expect(withLease).toBeGreaterThanOrEqual(1);
        expect(withoutLease).toBeLessThanOrEqual(4); // in-process sharing only
        expect(withoutLease).toBeGreaterThanOrEqual(1);
      },
    );
  }
});

describe('a lease holder that crashes (SIGKILL mid-fill)', () => {
  for (const store of stores) {
    it.skipIf(store.skip !== undefined)(
      `[${store.name}]${store.skip ? ` (skipped: ${store.skip})` : ''} holds the others up for a lease lifetime (seconds), not for leaseMs`,
      async () => {
        const url = store.url();
        const id = uniqueId(`crash-${store.name}`);
        const leaseMs = 30_000; // the default: how long a waiter waits for a holder that is alive
        const filler = await startFiller({ url, id, calls: 1, keys: 1, concurrency: 1, upstreamMs: 60_000, leaseMs });
        const killedAt = Date.now();
        await filler.kill();
        const reports = await runProcesses(3, {
          url,
          id,
          calls: 10,
          keys: 1,
          concurrency: 10,
          upstreamMs: 100,
          leaseMs,
        });
        const done = Date.now() - killedAt;
        console.log(
          `crashed holder | ${store.name} | 3 × 10 after the kill: ${total(reports, 'upstreamCalls')} upstream calls, done ${done} ms after the kill (2.5 s of it starting the processes)`,
        );
        expect(total(reports, 'failures')).toBe(0);
        expect(total(reports, 'upstreamCalls')).toBeLessThanOrEqual(1 + total(reports, 'bypasses'));
        // generous on a loaded machine, and still meaningful: a lease as long as leaseMs held everyone for 30 s
        // (the figure itself, ≤ 5 s, is measured by `pnpm bench`)
        expect(done).toBeLessThan(20_000);
      },
    );
  }
});

describe('exact counters: 4 processes × 500 calls over 100 keys on one store', () => {
  for (const store of stores) {
    it.skipIf(store.skip !== undefined)(
      `[${store.name}]${store.skip ? ` (skipped: ${store.skip})` : ''} the store records every call once: hits + misses + shared = calls, upstream calls = keys`,
      async () => {
        const url = store.url();
        const id = uniqueId(`exact-${store.name}`);
        // what is counted, not how fast: a loaded machine may keep a store past the default bounded
        // wait (a bypass then goes upstream once more), so the wait here is long
        const reports = await runProcesses(4, {
          url,
          id,
          calls: 500,
          keys: 100,
          concurrency: 10,
          upstreamMs: 1,
          leaseMs: 30_000,
          config: { flushIntervalMs: 50, storeTimeoutMs: 20_000 },
        });
        expect(total(reports, 'failures')).toBe(0);
        expect(total(reports, 'bypasses'), JSON.stringify(reports)).toBe(0);
        const keyv = await openStoreUrl(url);
        try {
          const { methods } = await readStore(keyv, false);
          const record = methods.find((m) => m.id === id);
          expect(record, 'the method record').toBeDefined();
          expect(record!.calls).toBe(2000);
          expect(record!.hits + record!.misses + record!.shared).toBe(2000);
          expect(record!.upstreamCalls).toBe(total(reports, 'upstreamCalls'));
          expect(record!.upstreamCalls).toBe(100);
        } finally {
          await keyv.disconnect();
        }
      },
    );
  }
});
