// Run as: node load-child.mjs '{"url":…,"id":…,"calls":25000,"keys":1000,"seed":1,"startAt":…}'
// One process of the load case: `calls` calls over `keys` keys in a seeded random order, one at
// a time, yielding to the event loop between calls (as a service handling requests does).
// Prints what it saw: upstream calls, store bypasses, latency percentiles, distinct keys.
import { performance } from 'node:perf_hooks';
import { close, configure, events, memoize } from 'keyproof';
import { planFor } from '../lib/plan.mjs';

const o = JSON.parse(process.argv[2]);
let upstreamCalls = 0;
let bypasses = 0;
const bypassReasons = new Map();
events.on('store-bypass', (e) => {
  bypasses++;
  const what = `${e.op}: ${e.error.message}`.slice(0, 120);
  bypassReasons.set(what, (bypassReasons.get(what) ?? 0) + 1);
});
configure({ store: o.url, ...(o.config ?? {}) });
const fn = memoize(
  async (n) => {
    upstreamCalls++;
    return { n, label: `item ${n}` };
  },
  { id: o.id, cost: 0.01 },
  planFor(o.id, ['n']),
);
const warm = memoize(async () => 0, { id: `${o.id}.warm` }, planFor(`${o.id}.warm`, ['x']));
await warm(0); // adapter loaded, connection open (its own id, not counted)
await new Promise((r) => setTimeout(r, Math.max(0, (o.startAt ?? 0) - Date.now())));

let state = o.seed >>> 0 || 1;
const next = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % o.keys;
};
const seen = new Set();
const lat = new Float64Array(o.calls);
const missLat = [];
const started = performance.now();
for (let i = 0; i < o.calls; i++) {
  const n = next();
  const cold = !seen.has(n);
  seen.add(n);
  const t0 = performance.now();
  const v = await fn(n);
  lat[i] = performance.now() - t0;
  if (cold) missLat.push(lat[i]);
  if (v.n !== n) throw new Error(`wrong value for ${n}`);
  await new Promise((r) => setImmediate(r));
}
const ms = performance.now() - started;
await close();
const pct = (arr, p) => {
  const s = Float64Array.from(arr).sort();
  return s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
console.log(
  JSON.stringify({
    upstreamCalls,
    bypasses,
    distinct: seen.size,
    ms,
    p50: pct(lat, 50),
    p99: pct(lat, 99),
    max: pct(lat, 100),
    missP50: pct(missLat, 50),
    missP99: pct(missLat, 99),
    bypassReasons: Object.fromEntries(bypassReasons),
  }),
);
