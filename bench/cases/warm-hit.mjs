/**
 * Warm hit, end to end through a memoised function with the typical argument tuple:
 * keyproof (front cache on, and off so the store path shows), p-memoize + Keyv, cacheable
 * wrap, on memory and on SQLite. Floors: `keyv.get` with a precomputed key; on SQLite also
 * a raw prepared read (sqlite3) of the same row.
 */
import { join } from 'node:path';
import { close } from 'keyproof';
import { compare } from '../lib/measure.mjs';
import { emit } from '../lib/child.mjs';
import { RESULT, tuple } from '../lib/inputs.mjs';
import { cacheableFn, dir, keyproofFn, openKeyv, pMemoizeFn, rawSqlite } from '../lib/subjects.mjs';

const quick = process.argv.includes('--quick');
const args = tuple();
let upstreamCalls = 0;
const upstream = async (..._a) => {
  upstreamCalls++;
  return RESULT;
};

const groups = [];
const kinds = process.argv
  .find((a) => a.startsWith('--kind='))
  ?.slice(7)
  .split(',') ?? ['memory', 'sqlite'];
for (const kind of kinds) {
  const floorKeyv = openKeyv(kind, 'floor-hit');
  const floorKey = 'bench::precomputed::0f3c…'.replace('…', 'a'.repeat(60));
  await floorKeyv.set(floorKey, RESULT);
  const pmKeyv = openKeyv(kind, 'pmemoize-hit');
  const caKeyv = openKeyv(kind, 'cacheable-hit');
  const kpFront = await keyproofFn(kind, upstream, { front: true, warmArgs: args });
  const kpStore = await keyproofFn(kind, upstream, { front: false, warmArgs: args });
  const pm = pMemoizeFn(pmKeyv, upstream);
  const ca = cacheableFn(caKeyv, upstream);
  await pm(...args);
  await ca(...args);
  const before = upstreamCalls;

  const cases = [
    { name: 'floor: keyv.get(precomputed key)', fn: () => floorKeyv.get(floorKey), async: true },
    { name: 'keyproof (front cache)', fn: () => kpFront(...args), async: true },
    { name: 'keyproof (no front cache)', fn: () => kpStore(...args), async: true },
    { name: 'p-memoize + Keyv', fn: () => pm(...args), async: true },
    { name: 'cacheable wrap', fn: () => ca(...args), async: true },
  ];
  let raw;
  if (kind === 'sqlite') {
    raw = await rawSqlite(join(dir, 'floor-hit.sqlite'));
    const row = await raw.get(`keyv:${floorKey}`);
    if (!row) throw new Error('raw floor: row not found');
    cases.push({ name: 'floor: raw prepared SQLite read', fn: () => raw.get(`keyv:${floorKey}`), async: true });
  }
  const m = await compare(cases, { rounds: quick ? 5 : 21, slices: 4, sliceMs: kind === 'memory' ? 2 : 5 });
  if (upstreamCalls !== before) throw new Error(`warm hits called upstream ${upstreamCalls - before} times`);
  groups.push({
    group: `warm hit: ${kind}${kind === 'sqlite' ? ' (file, default store kind)' : ''}`,
    rows: cases.map((c, i) => ({ name: c.name, ...m[c.name], floor: i === 0 })),
  });
  await raw?.close();
  await Promise.all([floorKeyv.disconnect(), pmKeyv.disconnect(), caKeyv.disconnect()]);
}
await close();
emit(groups);
