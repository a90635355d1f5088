/**
 * Run with --expose-gc: 100k distinct misses, then 1M hits, on memory://; heap and RSS after a
 * full GC at each step. The store itself grows with the misses (it holds every entry); the
 * hits must not grow anything (front cache and accounting are bounded).
 */
import { close, flush } from 'keyproof';
import { RESULT, tuple } from '../lib/inputs.mjs';
import { keyproofFn } from '../lib/subjects.mjs';

const MISSES = Number(process.argv[2] ?? 100_000);
const HITS = Number(process.argv[3] ?? 1_000_000);
const HOT = 5_000; // hits cycle over the most recent entries

function snapshot() {
  globalThis.gc();
  globalThis.gc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, external: m.external + m.arrayBuffers };
}

let upstreamCalls = 0;
const fn = await keyproofFn(
  'memory',
  async () => {
    upstreamCalls++;
    return RESULT;
  },
  { warmArgs: tuple(' warm') },
);
const argsOf = (i) => tuple(` #${i}`);
const before = snapshot();
let t0 = performance.now();
for (let i = 0; i < MISSES; i++) await fn(...argsOf(i));
const missMs = performance.now() - t0;
await flush();
const afterMisses = snapshot();
const hot = Array.from({ length: HOT }, (_, j) => argsOf(MISSES - HOT + j));
const calls = upstreamCalls;
t0 = performance.now();
for (let i = 0; i < HITS; i++) await fn(...hot[i % HOT]);
const hitMs = performance.now() - t0;
if (upstreamCalls !== calls) throw new Error(`hits reached upstream ${upstreamCalls - calls} times`);
await flush();
const afterHits = snapshot();
await close();
process.stdout.write(
  `${JSON.stringify({ misses: MISSES, hits: HITS, before, afterMisses, afterHits, missUs: (missMs * 1000) / MISSES, hitUs: (hitMs * 1000) / HITS })}\n`,
);
