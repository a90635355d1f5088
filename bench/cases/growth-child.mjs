/**
 * Run with --expose-gc. Two measurements of what a store holds over time, on one store kind:
 *
 *   per-entry  (memory only) heap per small entry of the memory store: 50k distinct misses,
 *              front cache off (so only the store holds them), default settings otherwise;
 *   soak       a steady stream of unique keys with a 200 ms TTL for SECONDS, sampled 40
 *              times (store rows, heap after a full GC, SQLite file size), then an idle
 *              period with no calls, sampled again.
 *
 * Args: KIND SECONDS RATE(misses per second) RECLAIM_MS
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { close, configure, flush, memoize, planSignature } from 'keyproof';
import { openStoreUrl } from 'keyproof/store';

const [kind, seconds, rate, reclaimMs] = [
  process.argv[2],
  Number(process.argv[3]),
  Number(process.argv[4]),
  Number(process.argv[5]),
];
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const fields = [{ name: 'n', index: 0 }];
const planOf = (id) => ({
  format: 1,
  id,
  source: 'growth-child.mjs',
  fields,
  excluded: [],
  signature: planSignature(fields),
  project: (n) => [n],
});
const RESULT = { url: 'https://cdn.example.com/x.png', width: 512 };

const out = { kind };

if (kind === 'memory') {
  configure({ store: 'memory://', frontCache: false, flushIntervalMs: 0, reclaimIntervalMs: 0 });
  const id = 'Growth.perEntry';
  const fn = memoize(async (n) => ({ n }), { id }, planOf(id)); // a small entry: { n } (~16 characters stored)
  await fn(-1);
  await flush();
  const N = 50_000;
  const before = heap();
  for (let i = 0; i < N; i++) await fn(i);
  await flush();
  out.perEntryBytes = (heap() - before) / N;
  await close();
}

const file = join(mkdtempSync(join(tmpdir(), 'keyproof-growth-')), 'cache.sqlite');
const keyv = await openStoreUrl(kind === 'memory' ? 'memory://' : `sqlite://${file}`);
/** Rows as Keyv sees them (memory://: an entry and its record are two rows, though they share a slot). */
const rows = async () => {
  if (kind !== 'memory') return Number((await keyv.store.query('SELECT COUNT(*) AS n FROM keyv'))[0].n);
  let count = 0;
  for (const _row of keyv.store.entries()) count++;
  return count;
};
configure({ store: keyv, reclaimIntervalMs: reclaimMs, flushIntervalMs: 1000 });
const id = 'Growth.soak';
let n = 0;
const fn = memoize(async (k) => ({ ...RESULT, k }), { id, ttl: 200 }, planOf(id));
const samples = [];
const sample = async (phase, at) =>
  samples.push({
    phase,
    at,
    misses: n,
    rows: await rows(),
    heap: heap(),
    file: kind === 'sqlite' ? statSync(file).size : 0,
  });
const start = Date.now();
const end = start + seconds * 1000;
const perTick = Math.max(1, Math.round(rate / 10));
const SAMPLES = 40; // a sawtooth (one sweep every RECLAIM_MS) needs many samples for its peaks
let nextSample = start + (seconds * 1000) / SAMPLES;
while (Date.now() < end) {
  const tick = Date.now();
  for (let i = 0; i < perTick; i++) await fn(n++);
  if (Date.now() >= nextSample) {
    await sample('soak', (Date.now() - start) / 1000);
    nextSample += (seconds * 1000) / SAMPLES;
  }
  await sleep(Math.max(0, 100 - (Date.now() - tick)));
}
await flush();
// idle: no calls; the housekeeping runs on its own (entries expire after 200 ms, records 1 s later)
await sleep(reclaimMs + 1_200 + 1_000);
await sample('idle', (Date.now() - start) / 1000);
out.misses = n;
out.samples = samples;
await close();
await keyv.disconnect();
process.stdout.write(`${JSON.stringify(out)}\n`);
