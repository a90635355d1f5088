/**
 * Invalidation across real processes sharing one store (SQLite file, Redis, PostgreSQL):
 * what process A invalidates, process B (a fresh `node` process) misses exactly once. Each
 * process counts its own upstream calls.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueId } from '../support/stores.js';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, '..', 'fixtures', 'invalidation-steps.mjs');
beforeAll(() => {
  if (!existsSync(join(here, '..', '..', 'dist', 'index.js')))
    throw new Error('packages/runtime/dist is missing: run `pnpm build` first');
});

type Step = [string, ...string[]];
interface Report {
  upstreamCalls: number;
  results: unknown[];
}

function run(url: string, id: string, steps: Step[]): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify({ url, id, steps })], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) return reject(new Error(`invalidation-steps.mjs exited ${code}: ${err.slice(-2000)}`));
      resolve(JSON.parse(last) as Report);
    });
  });
}

const stores = [
  {
    name: 'sqlite',
    url: () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-inval-')), 'cache.sqlite')}`,
    skip: undefined,
  },
  {
    name: 'redis',
    url: () => process.env.KEYPROOF_TEST_REDIS_URL!,
    skip: process.env.KEYPROOF_TEST_REDIS_URL ? undefined : 'KEYPROOF_TEST_REDIS_URL is not set',
  },
  {
    name: 'postgres',
    url: () => process.env.KEYPROOF_TEST_POSTGRES_URL!,
    skip: process.env.KEYPROOF_TEST_POSTGRES_URL ? undefined : 'KEYPROOF_TEST_POSTGRES_URL is not set',
  },
];

for (const store of stores) {
  describe.skipIf(store.skip !== undefined)(
    `[${store.name}]${store.skip ? ` (skipped: ${store.skip})` : ''} across processes`,
    () => {
      it('invalidate one call in process A: process B calls upstream once for it, and hits the others', async () => {
        const url = store.url();
        const id = uniqueId(`xp-call-${store.name}`);
        const fill = await run(url, id, [
          ['call', 'u1', 'a'],
          ['call', 'u1', 'b'],
        ]);
        expect(fill.upstreamCalls).toBe(2);
        const a = await run(url, id, [['invalidate', 'u1', 'a']]);
        expect(a).toEqual({ upstreamCalls: 0, results: [true] });
        const b = await run(url, id, [
          ['call', 'u1', 'a'],
          ['call', 'u1', 'a'],
          ['call', 'u1', 'b'],
        ]);
        expect(b.upstreamCalls).toBe(1);
        expect(b.results[0]).toBe(b.results[1]); // its new entry, then a hit on it
        expect(b.results[2]).toBe(fill.results[1]); // never invalidated: the first process's answer
      });

      it('invalidate a tag in process A: in process B every entry carrying it misses once, the others hit', async () => {
        const url = store.url();
        const id = uniqueId(`xp-tag-${store.name}`);
        const fill = await run(url, id, [
          ['call', 'u1', 'a'],
          ['call', 'u1', 'b'],
          ['call', 'u2', 'a'],
        ]);
        expect(fill.upstreamCalls).toBe(3);
        expect((await run(url, id, [['tag', 'u1']])).upstreamCalls).toBe(0);
        const b = await run(url, id, [
          ['call', 'u1', 'a'],
          ['call', 'u1', 'b'],
          ['call', 'u2', 'a'],
          ['call', 'u1', 'a'],
        ]);
        expect(b.upstreamCalls).toBe(2);
        expect(b.results[2]).toBe(fill.results[2]); // u2's entry was served
        expect(b.results[3]).toBe(b.results[0]); // u1's new entry is a hit
      });

      it('refresh in process A replaces the entry process B then hits', async () => {
        const url = store.url();
        const id = uniqueId(`xp-refresh-${store.name}`);
        await run(url, id, [['call', 'u1', 'a']]);
        const a = await run(url, id, [['refresh', 'u1', 'a']]);
        expect(a.upstreamCalls).toBe(1);
        const b = await run(url, id, [['call', 'u1', 'a']]);
        expect(b).toEqual({ upstreamCalls: 0, results: [a.results[0]] });
      });

      it('invalidateMethod in process A: process B misses every entry of it once', async () => {
        const url = store.url();
        const id = uniqueId(`xp-method-${store.name}`);
        await run(url, id, [
          ['call', 'u1', 'a'],
          ['call', 'u2', 'a'],
        ]);
        expect((await run(url, id, [['method']])).results).toEqual([2]);
        expect(
          (
            await run(url, id, [
              ['call', 'u1', 'a'],
              ['call', 'u2', 'a'],
              ['call', 'u1', 'a'],
            ])
          ).upstreamCalls,
        ).toBe(2);
      });
    },
  );
}
