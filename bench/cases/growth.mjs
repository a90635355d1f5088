/**
 * Growth: what a store holds under a steady stream of unique short-lived keys (200 ms TTL),
 * and after an idle period; and the heap a small entry costs in the memory store. Each store
 * kind in a child with --expose-gc. `--soak=SECONDS` sets the stream's length (the issue's
 * target is a 1-hour soak: --soak=3600); the housekeeping interval is 5 s here (60 s by default)
 * so that a short run sees several sweeps.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { emit } from '../lib/child.mjs';

const quick = process.argv.includes('--quick');
const soakArg = process.argv.find((a) => a.startsWith('--soak='));
const seconds = soakArg ? Number(soakArg.slice(7)) : quick ? 15 : 60;
const RATE = 500; // misses per second
const RECLAIM_MS = 5_000;
const child = fileURLToPath(new URL('./growth-child.mjs', import.meta.url));

const groups = [];
for (const kind of ['memory', 'sqlite']) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', child, kind, String(seconds), String(RATE), String(RECLAIM_MS)],
    {
      timeout: (seconds + 120) * 1000,
      maxBuffer: 16 << 20,
    },
  );
  const r = JSON.parse(stdout.trim().split('\n').pop());
  const soak = r.samples.filter((s) => s.phase === 'soak');
  const idle = r.samples.find((s) => s.phase === 'idle');
  // the store's peak per quarter, in seconds of traffic held (peak rows / misses per second in
  // that quarter, so a loaded machine's varying rate does not read as growth). The first
  // quarters ramp up (the first sweep comes after RECLAIM_MS); flat means the last quarter holds
  // no more of the stream than the second. Steady state is about 2 rows (entry, record) ×
  // (RECLAIM_MS + TTL + record life) of traffic at the peak, just before a sweep.
  const q = Math.floor(soak.length / 4);
  const held = (from, to) => {
    const part = soak.slice(from, to);
    const before = from === 0 ? { misses: 0, at: 0 } : soak[from - 1];
    const peak = Math.max(...part.map((s) => s.rows));
    const perSecond = (part.at(-1).misses - before.misses) / Math.max(0.001, part.at(-1).at - before.at);
    return { peak, seconds: peak / Math.max(1, perSecond) };
  };
  const second = held(q, 2 * q);
  const last = held(3 * q, soak.length);
  const ceiling = (2 * (RECLAIM_MS + 200 + 1_200)) / 1000;
  const MB = (b) => `${(b / 1048576).toFixed(1)} MB`;
  const rows = [
    {
      name: 'store rows over the run (every 4th of 40 samples)',
      text: soak
        .filter((_, i) => i % 4 === 3)
        .map((s) => s.rows)
        .join(' → '),
    },
    { name: 'store rows at the peak: second quarter → last quarter', text: `${second.peak} → ${last.peak}` },
    {
      name: `seconds of traffic held at the peak: second quarter → last quarter (steady state ≈ ${ceiling.toFixed(1)} s)`,
      text: `${second.seconds.toFixed(1)} s → ${last.seconds.toFixed(1)} s`,
    },
    {
      name: 'store size: last quarter / second quarter (peak per miss per second)',
      text: `${(last.seconds / second.seconds).toFixed(2)}×`,
    },
    {
      name: 'store size: last quarter / steady-state ceiling',
      text: `${(last.seconds / ceiling).toFixed(2)}×`,
      bounded: last.seconds / ceiling,
    },
    { name: 'store rows after idle', text: String(idle.rows), idleRows: idle.rows },
    {
      name: 'heap after GC: first sample → last → after idle',
      text: `${MB(soak[0].heap)} → ${MB(soak.at(-1).heap)} → ${MB(idle.heap)}`,
    },
  ];
  if (kind === 'sqlite')
    rows.push({
      name: 'SQLite file: first sample → last → after idle',
      text: `${MB(soak[0].file)} → ${MB(soak.at(-1).file)} → ${MB(idle.file)}`,
    });
  if (r.perEntryBytes !== undefined)
    rows.unshift({
      name: 'memory store: heap per small entry (50k entries of { n }, front cache off)',
      text: `${r.perEntryBytes.toFixed(0)} B`,
      bytes: r.perEntryBytes,
    });
  groups.push({
    group: `growth: ${kind}, ${r.misses} unique keys with a 200 ms TTL over ${seconds} s (${RATE}/s), then idle`,
    rows,
    raw: r,
  });
}
emit(groups);
