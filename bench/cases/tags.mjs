/**
 * Tags (issue 20): what a tag costs.
 * - invalidateTag on a store holding 100k tagged entries (1000 users × 100 entries): one row
 *   written whatever the store holds (no scan). Floor: one `keyv.set` of a precomputed key.
 * - a store-path hit (front cache off) on a tagged entry beside one on an untagged entry of
 *   the same shape: the tagged read fetches the entry and its tag's generation in one round
 *   trip (getManyRaw). Floor: `keyv.get` with a precomputed key.
 * memory:// and SQLite (a file); Redis / PostgreSQL when KEYPROOF_TEST_REDIS_URL /
 * KEYPROOF_TEST_POSTGRES_URL are set. After the timing, a tagged entry is checked to miss after
 * its tag's invalidation, and the untagged one to still hit (upstream calls counted).
 */
import { join } from 'node:path';
import { close, configure, events, invalidateTag, memoize, tag } from 'keyproof';
import { openStoreUrl } from 'keyproof/store';
import { compare } from '../lib/measure.mjs';
import { emit } from '../lib/child.mjs';
import { RESULT } from '../lib/inputs.mjs';
import { planFor } from '../lib/plan.mjs';
import { dir } from '../lib/subjects.mjs';

const quick = process.argv.includes('--quick');
const ENTRIES = 100_000;
const USERS = 1000;
let upstreamCalls = 0;
const upstream = async (_userId, _jobId) => {
  upstreamCalls++;
  return RESULT;
};

const kinds = process.argv
  .find((a) => a.startsWith('--kind='))
  ?.slice(7)
  .split(',') ?? [
  'memory',
  'sqlite',
  ...(process.env.KEYPROOF_TEST_REDIS_URL ? ['redis'] : []),
  ...(process.env.KEYPROOF_TEST_POSTGRES_URL ? ['postgres'] : []),
];
const urlOf = (kind, name) =>
  kind === 'memory'
    ? `memory://${name}`
    : kind === 'sqlite'
      ? `sqlite://${join(dir, `${name}.sqlite`)}`
      : kind === 'redis'
        ? process.env.KEYPROOF_TEST_REDIS_URL
        : process.env.KEYPROOF_TEST_POSTGRES_URL;

configure({ frontCache: false, flushIntervalMs: 60_000 }); // the store path: every hit reads the store
const groups = [];
const opened = [];
for (const kind of kinds) {
  const run = `${process.pid}.${Date.now().toString(36)}`;
  const url = urlOf(kind, `tags-${run}`);
  const taggedId = `bench.tagged.${kind}.${run}`;
  const plainId = `bench.untagged.${kind}.${run}`;
  const keyv = await openStoreUrl(url); // passed in: the memoised functions use this very instance (memory:// included)
  const tagged = memoize(
    upstream,
    { id: taggedId, store: keyv, tags: ({ userId }) => [tag('user', userId)] },
    planFor(taggedId, ['userId', 'jobId']),
  );
  const plain = memoize(upstream, { id: plainId, store: keyv }, planFor(plainId, ['userId', 'jobId']));
  let firstKey;
  const onMiss = (e) => (firstKey ??= e.key);
  events.on('miss', onMiss);
  await tagged('u0', 'job-0');
  events.off('miss', onMiss);
  await plain('u0', 'job-0');

  // 100k tagged entries: the real stored text of one, under 100k keys, its tag renamed per user
  const text = await keyv.get(firstKey);
  if (typeof text !== 'string' || !text.includes('user:u0'))
    throw new Error(`tags bench: the tagged entry's stored text was not found (${typeof text})`);
  const prefix = firstKey.slice(0, firstKey.lastIndexOf(':') + 1);
  process.stderr.write(`tags bench: ${kind}: writing ${ENTRIES} tagged entries…\n`);
  for (let start = 1; start < ENTRIES; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(start + 1000, ENTRIES); i++) {
      rows.push({
        key: `${prefix}${i.toString(16).padStart(64, '0')}`,
        value: text.replace('user:u0', `user:u${i % USERS}`),
      });
    }
    await keyv.setMany(rows);
  }
  const floorKey = `bench-floor-${'a'.repeat(60)}`;
  await keyv.set(floorKey, text);

  process.stderr.write(`tags bench: ${kind}: timing…\n`);
  let n = 0;
  const before = upstreamCalls;
  const m = await compare(
    [
      { name: 'floor: keyv.set(precomputed key)', fn: () => keyv.set(floorKey, text), async: true },
      {
        name: `keyproof invalidateTag (store of ${ENTRIES / 1000}k tagged entries)`,
        fn: () => invalidateTag(tag('user', `u${1 + (n++ % (USERS - 1))}`), { store: keyv }),
        async: true,
      },
    ],
    { rounds: quick ? 5 : 15, slices: 3, sliceMs: kind === 'memory' ? 2 : 10 },
  );
  const hits = await compare(
    [
      { name: 'floor: keyv.get(precomputed key)', fn: () => keyv.get(floorKey), async: true },
      { name: 'keyproof hit, untagged entry (store path)', fn: () => plain('u0', 'job-0'), async: true },
      {
        name: 'keyproof hit, tagged entry (store path: entry + tag, one round trip)',
        fn: () => tagged('u0', 'job-0'),
        async: true,
      },
    ],
    { rounds: quick ? 5 : 21, slices: 4, sliceMs: kind === 'memory' ? 2 : 5 },
  );
  if (upstreamCalls !== before) throw new Error(`tags bench: hits called upstream ${upstreamCalls - before} times`);
  // correctness: the tag's invalidation makes the tagged entry miss once; the untagged one still hits
  await invalidateTag(tag('user', 'u0'), { store: keyv });
  await tagged('u0', 'job-0');
  await tagged('u0', 'job-0');
  await tagged('u0', 'job-0');
  await plain('u0', 'job-0');
  if (upstreamCalls !== before + 1)
    throw new Error(`tags bench: after invalidateTag expected 1 upstream call, saw ${upstreamCalls - before}`);

  groups.push({
    group: `tag invalidation: ${kind}`,
    rows: Object.entries(m).map(([name, r], i) => ({ name, ...r, floor: i === 0 })),
  });
  groups.push({
    group: `hit on a tagged entry: ${kind}`,
    rows: Object.entries(hits).map(([name, r], i) => ({ name, ...r, floor: i === 0 })),
  });
  opened.push(keyv);
}
await close(); // flushes every store's counters first, then the stores are let go
await Promise.all(opened.map((k) => k.disconnect()));
emit(groups);
