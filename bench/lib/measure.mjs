/**
 * Timing on a noisy, shared machine (other test suites run beside it). Rules:
 *
 * - Warm up every case for `warmupMs` first, then calibrate each to a slice of about
 *   `sliceMs` (the median of several estimates, never one probe taken while the JIT or a
 *   neighbour was busy).
 * - A round is `slices` passes; in each pass every case runs one slice, back to back (floor,
 *   subject, peer; the order rotates), so floor and subject always run moments apart. Load
 *   from other processes only ever adds time, so a case's figure for the round is its fastest
 *   slice: the one least disturbed.
 * - Each figure is the median over rounds; each ratio is the median over rounds of (case /
 *   floor in the same round). The spread is printed with it: the interquartile range of the
 *   per-round times and of the per-round ratios, so a target is met or missed on evidence,
 *   not on one lucky run.
 *
 * No forced GC between rounds: a full GC throws away optimised code that embeds dead objects
 * ("weak objects" deopts), which measured the interpreter instead of the steady state.
 */
import { setImmediate as tick } from 'node:timers/promises';

const now = () => process.hrtime.bigint();

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}
const median = (xs) => quantile(xs, 0.5);

/** Run `fn` n times (awaiting it when async), return total nanoseconds. */
async function run(fn, n, async) {
  let sink;
  const t0 = now();
  if (async) for (let i = 0; i < n; i++) sink = await fn(i);
  else for (let i = 0; i < n; i++) sink = fn(i);
  const t1 = now();
  if (sink === Symbol.for('never')) console.log(sink);
  return Number(t1 - t0);
}

/** Keep running `fn` for about `ms`; returns the ops per ms seen in the later half (after the JIT settled). */
async function warm(fn, async, ms) {
  let n = 1;
  let spent = 0;
  const rates = [];
  while (spent < ms * 1e6) {
    const ns = await run(fn, n, async);
    spent += ns;
    rates.push((n * 1e6) / Math.max(ns, 1));
    if (ns < 2e5) n *= 2; // grow until one run takes ≥ 0.2 ms
  }
  return median(rates.slice(rates.length >> 1));
}

/** Ops per slice so that one slice takes about sliceMs: the median of five estimates. */
async function calibrate(fn, async, sliceMs, opsPerMs) {
  const guess = Math.max(1, Math.round(opsPerMs * sliceMs));
  const estimates = [];
  for (let k = 0; k < 5; k++) estimates.push((guess * sliceMs * 1e6) / Math.max(await run(fn, guess, async), 1));
  return Math.max(1, Math.round(median(estimates)));
}

/**
 * cases: [{ name, fn, async? }]; the first case is the floor. Returns per name
 * { ns, ratio, nsIqr: [p25, p75], ratioIqr: [p25, p75], min, max, n (ops per slice), rounds, slices }.
 */
export async function compare(cases, { rounds = 21, slices = 5, sliceMs = 1, warmupMs = 150 } = {}) {
  const sizes = [];
  for (const c of cases) sizes.push(await calibrate(c.fn, c.async, sliceMs, await warm(c.fn, c.async, warmupMs)));
  // a round: `slices` passes, each running one slice of every case back to back; a case's
  // figure for the round is its fastest slice (the one least disturbed by other processes)
  const samples = cases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const best = cases.map(() => Infinity);
    for (let s = 0; s < slices; s++) {
      await tick();
      for (let j = 0; j < cases.length; j++) {
        const i = (j + r + s) % cases.length;
        best[i] = Math.min(best[i], (await run(cases[i].fn, sizes[i], cases[i].async)) / sizes[i]);
      }
    }
    cases.forEach((_, i) => {
      samples[i].push(best[i]);
    });
  }
  const out = {};
  cases.forEach((c, i) => {
    const xs = samples[i];
    const ratios = xs.map((x, r) => x / samples[0][r]);
    out[c.name] = {
      ns: median(xs),
      ratio: median(ratios),
      nsIqr: [quantile(xs, 0.25), quantile(xs, 0.75)],
      ratioIqr: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
      min: Math.min(...xs),
      max: Math.max(...xs),
      n: sizes[i],
      rounds,
      slices,
    };
  });
  return out;
}
