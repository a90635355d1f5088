/**
 * No forced GC between rounds: a full GC throws away optimised code that embeds dead objects
 * ("weak objects" deopts), which measured the interpreter instead of the steady state.
 *
 * Timing on a noisy, shared machine: every case is calibrated to a batch of about `batchMs`,
 * then the cases are run in interleaved rounds (the order rotates each round, so no case
 * always runs right after a GC-heavy neighbour) and each figure is the median over rounds.
 */
import { setImmediate as tick } from 'node:timers/promises';

const now = () => process.hrtime.bigint();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Run `fn` n times (awaiting it when async), return nanoseconds per operation. */
async function batch(fn, n, async) {
  let sink;
  const t0 = now();
  if (async) for (let i = 0; i < n; i++) sink = await fn(i);
  else for (let i = 0; i < n; i++) sink = fn(i);
  const t1 = now();
  if (sink === Symbol.for('never')) console.log(sink);
  return Number(t1 - t0) / n;
}

/** Ops per batch so that one batch takes about batchMs (at least 1). */
async function calibrate(fn, async, batchMs) {
  let n = 1;
  for (;;) {
    const ns = (await batch(fn, n, async)) * n;
    if (ns >= batchMs * 1e6 * 0.25 || n >= 1 << 24) {
      return Math.max(1, Math.round((n * batchMs * 1e6) / Math.max(ns, 1)));
    }
    n *= 4;
  }
}

/**
 * cases: [{ name, fn, async? }]; the first case is the floor. Returns
 * { [name]: { ns, ratio, min, max, n, rounds } }: ns is the median per-op time over `rounds`
 * interleaved rounds; ratio is the median over rounds of (this case / the floor in the same
 * round), which cancels most of the load other processes put on a shared machine.
 */
export async function compare(cases, { rounds = 11, batchMs = 20, warmupMs = 30 } = {}) {
  const sizes = [];
  for (const c of cases) {
    await calibrate(c.fn, c.async, warmupMs); // warm-up: JIT, caches
    sizes.push(await calibrate(c.fn, c.async, batchMs));
  }
  const samples = cases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < cases.length; j++) {
      const i = (j + r) % cases.length;
      await tick();
      samples[i].push(await batch(cases[i].fn, sizes[i], cases[i].async));
    }
  }
  const out = {};
  cases.forEach((c, i) => {
    const ratios = samples[i].map((x, r) => x / samples[0][r]);
    out[c.name] = { ns: median(samples[i]), ratio: median(ratios), min: Math.min(...samples[i]), max: Math.max(...samples[i]), n: sizes[i], rounds };
  });
  return out;
}

export { median };
