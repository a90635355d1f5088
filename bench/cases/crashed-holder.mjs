/**
 * A fill-lease holder that is SIGKILLed mid-fill: how long the next process's call of the same
 * key takes, from the kill to its result (that process is already running and connected). The
 * lease lives 3 s and is renewed while its holder lives, so the answer should be about 3 s,
 * never `leaseMs` (30 s). SQLite always; Redis and PostgreSQL when KEYPROOF_TEST_REDIS_URL /
 * KEYPROOF_TEST_POSTGRES_URL are set.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emit } from '../lib/child.mjs';
import { dir } from '../lib/subjects.mjs';
import { fmtTime } from '../lib/table.mjs';

const child = fileURLToPath(new URL('./crashed-holder-child.mjs', import.meta.url));
const quick = process.argv.includes('--quick');
const REPEATS = quick ? 1 : 3;

function start(role, url, id) {
  const p = spawn(process.execPath, [child, role, url, id], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const waitFor = (pattern) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const line = out.split('\n').find((l) => pattern.test(l));
        if (line) resolve(line);
      };
      p.stdout.on('data', (d) => {
        out += d;
        check();
      });
      p.on('exit', (code) => reject(new Error(`${role} exited ${code} before ${pattern}: ${out.slice(-500)}`)));
      check();
    });
  return { p, waitFor };
}

async function once(url, id) {
  const filler = start('filler', url, id);
  await filler.waitFor(/^filling$/);
  const waiter = start('waiter', url, id);
  await waiter.waitFor(/^ready$/);
  const killed = new Promise((r) => filler.p.once('exit', r));
  const t0 = performance.now();
  filler.p.kill('SIGKILL');
  await killed;
  waiter.p.stdin.write('go\n');
  const result = JSON.parse(await waiter.waitFor(/^\{/));
  return { ms: performance.now() - t0, upstreamCalls: result.upstreamCalls };
}

const stores = [['sqlite', () => `sqlite://${join(dir, `crash-${Date.now()}.sqlite`)}`]];
if (process.env.KEYPROOF_TEST_REDIS_URL) stores.push(['redis', () => process.env.KEYPROOF_TEST_REDIS_URL]);
if (process.env.KEYPROOF_TEST_POSTGRES_URL) stores.push(['postgres', () => process.env.KEYPROOF_TEST_POSTGRES_URL]);

const rows = [];
const notes = [];
for (const [name, url] of stores) {
  const runs = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await once(url(), `bench.crash.${process.pid}.${name}.${i}`));
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  rows.push({
    name: `${name}: kill → next process's result (${REPEATS} runs)`,
    text: `${fmtTime(ms[ms.length >> 1] * 1e6)} (max ${fmtTime(ms[ms.length - 1] * 1e6)})`,
    ms: ms[ms.length - 1],
  });
  if (runs.some((r) => r.upstreamCalls !== 1))
    notes.push(`${name}: a waiter made ${runs.map((r) => r.upstreamCalls).join('/')} upstream calls (expected 1 each)`);
}
for (const s of ['redis', 'postgres'])
  if (!stores.some(([n]) => n === s)) notes.push(`${s} skipped: KEYPROOF_TEST_${s.toUpperCase()}_URL is not set.`);
emit([{ group: 'crashed lease holder: SIGKILLed mid-fill, leaseMs 30 s (target: next process ≤ 5 s)', rows, notes }]);
