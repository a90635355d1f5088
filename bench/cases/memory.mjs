/** Memory growth over 100k distinct misses and 1M hits on memory://, in a child with --expose-gc. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { emit } from '../lib/child.mjs';

const quick = process.argv.includes('--quick');
const child = fileURLToPath(new URL('./memory-child.mjs', import.meta.url));
const [misses, hits] = quick ? [10_000, 100_000] : [100_000, 1_000_000];
const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', child, String(misses), String(hits)], {
  timeout: 240_000,
});
const r = JSON.parse(stdout.trim().split('\n').pop());
const MB = (b) => `${(b / 1048576).toFixed(1)} MB`;
const d = (a, b) => `${b - a >= 0 ? '+' : ''}${((b - a) / 1048576).toFixed(1)} MB`;
const rows = [
  {
    name: 'heap used: before → after misses → after hits',
    text: `${MB(r.before.heapUsed)} → ${MB(r.afterMisses.heapUsed)} → ${MB(r.afterHits.heapUsed)}`,
  },
  {
    name: `heap growth: ${misses} misses (store holds every entry)`,
    text: `${d(r.before.heapUsed, r.afterMisses.heapUsed)} (${((r.afterMisses.heapUsed - r.before.heapUsed) / misses).toFixed(0)} B/entry)`,
  },
  { name: `heap growth: ${hits} hits`, text: d(r.afterMisses.heapUsed, r.afterHits.heapUsed) },
  {
    name: 'RSS: before → after misses → after hits',
    text: `${MB(r.before.rss)} → ${MB(r.afterMisses.rss)} → ${MB(r.afterHits.rss)}`,
  },
  {
    name: 'external + array buffers: before → after hits',
    text: `${MB(r.before.external)} → ${MB(r.afterHits.external)}`,
  },
  { name: 'mean time per miss / per hit (front cache)', text: `${r.missUs.toFixed(1)} µs / ${r.hitUs.toFixed(2)} µs` },
];
emit([
  { group: `memory: keyproof on memory://, ${misses} distinct misses then ${hits} hits (after full GC)`, rows, raw: r },
]);
