/**
 * One process of a multi-process stampede: waits for the shared start time, fires `calls`
 * identical concurrent calls through the chosen library on the shared store, and reports how
 * many reached upstream. argv: lib store-url start-ms calls delay-ms
 */
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { close, memoize } from 'keyproof';
import { planFor } from '../lib/plan.mjs';
import { RESULT, TUPLE_NAMES, tuple } from '../lib/inputs.mjs';
import { cacheableFn, pMemoizeFn } from '../lib/subjects.mjs';
import { sqlitePathOf } from '../lib/stampede-shared.mjs';

const [lib, url, startAt, calls, delayMs] = process.argv.slice(2);
let upstreamCalls = 0;
const upstream = async (..._a) => {
  upstreamCalls++;
  await new Promise((r) => setTimeout(r, Number(delayMs)));
  return RESULT;
};
const id = 'bench.stampede';
let fn;
let keyv;
if (lib === 'keyproof') fn = memoize(upstream, { id, store: url }, planFor(id, TUPLE_NAMES));
else {
  keyv = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${sqlitePathOf(url)}`, busyTimeout: 10_000 }) });
  fn = lib === 'p-memoize' ? pMemoizeFn(keyv, upstream) : cacheableFn(keyv, upstream);
}
const args = tuple(' stampede');
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
const t0 = performance.now();
await Promise.all(Array.from({ length: Number(calls) }, () => fn(...args)));
const ms = performance.now() - t0;
await close();
await keyv?.disconnect();
process.stdout.write(`${JSON.stringify({ upstreamCalls, ms })}\n`);
