/**
 * Stampede: 100 concurrent identical calls on a cold key, upstream calls counted (ideal: 1).
 * In one process on memory and SQLite; then 2 and 4 processes on one SQLite file (children
 * started together); on Redis only when KEYPROOF_TEST_REDIS_URL is set.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { close } from 'keyproof';
import { emit } from '../lib/child.mjs';
import { RESULT, tuple } from '../lib/inputs.mjs';
import { cacheableFn, dir, keyproofFn, openKeyv, pMemoizeFn } from '../lib/subjects.mjs';

const run = promisify(execFile);
const CALLS = 100;
const DELAY = 50;
const child = fileURLToPath(new URL('./stampede-child.mjs', import.meta.url));

let upstreamCalls = 0;
const upstream = async (..._a) => {
  upstreamCalls++;
  await new Promise((r) => setTimeout(r, DELAY));
  return RESULT;
};

async function once(fn, args) {
  upstreamCalls = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CALLS }, () => fn(...args)));
  return { upstreamCalls, ms: performance.now() - t0 };
}

const rows = [];
let k = 0;
for (const kind of ['memory', 'sqlite']) {
  // keyproof's warm-up call (it opens the store) uses other arguments than the stampede
  const kp = await keyproofFn(kind, upstream, { warmArgs: tuple(' warm') });
  const subjects = [
    ['keyproof', kp],
    ['p-memoize + Keyv', pMemoizeFn(openKeyv(kind, `pm-stampede`), upstream)],
    ['cacheable wrap', cacheableFn(openKeyv(kind, `ca-stampede`), upstream)],
  ];
  for (const [name, fn] of subjects) {
    const r = await once(fn, tuple(` stampede ${k++}`));
    rows.push({
      name: `${name}, 1 process, ${kind}`,
      text: `${r.upstreamCalls} upstream / ${CALLS} calls`,
      upstreamCalls: r.upstreamCalls,
      ms: r.ms,
    });
  }
}
await close();

async function processes(lib, url, p) {
  const startAt = Date.now() + 3000; // children need time to start on a loaded box
  const outs = await Promise.all(
    Array.from({ length: p }, () =>
      run(process.execPath, [child, lib, url, String(startAt), String(CALLS), String(DELAY)], { timeout: 60_000 }),
    ),
  );
  const results = outs.map((o) => JSON.parse(o.stdout.trim().split('\n').pop()));
  return { upstreamCalls: results.reduce((s, r) => s + r.upstreamCalls, 0), ms: Math.max(...results.map((r) => r.ms)) };
}

for (const p of [2, 4]) {
  for (const lib of ['keyproof', 'p-memoize', 'cacheable']) {
    const url = `sqlite://${join(dir, `stampede-${lib}-${p}.sqlite`)}`;
    const r = await processes(lib, url, p);
    rows.push({
      name: `${lib}, ${p} processes, sqlite`,
      text: `${r.upstreamCalls} upstream / ${p * CALLS} calls`,
      upstreamCalls: r.upstreamCalls,
      ms: r.ms,
    });
  }
}

const redis = process.env.KEYPROOF_TEST_REDIS_URL;
const notes = [];
if (redis) {
  for (const p of [2, 4]) {
    const r = await processes('keyproof', redis, p);
    rows.push({
      name: `keyproof, ${p} processes, redis`,
      text: `${r.upstreamCalls} upstream / ${p * CALLS} calls`,
      upstreamCalls: r.upstreamCalls,
      ms: r.ms,
    });
  }
} else {
  notes.push('Redis stampede skipped: KEYPROOF_TEST_REDIS_URL is not set.');
}
emit([
  {
    group: `stampede: ${CALLS} concurrent identical calls per process, upstream takes ${DELAY} ms (ideal: 1 upstream call)`,
    rows,
    notes,
  },
]);
