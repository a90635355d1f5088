/**
 * One process of the crashed-holder case. argv: role store-url id
 *   filler: calls the memoised function; its upstream announces `filling` and never returns
 *           (the parent SIGKILLs it while it holds the fill lease)
 *   waiter: opens the store, prints `ready`, and on a line on stdin makes the same call
 *           (upstream 10 ms), then prints { ms, upstreamCalls }
 */
import { createInterface } from 'node:readline';
import { close, configure, memoize } from 'keyproof';
import { planFor } from '../lib/plan.mjs';

const [role, url, id] = process.argv.slice(2);
configure({ store: url }); // leaseMs left at its default (30 s): how long a waiter waits for a live holder
let upstreamCalls = 0;
const fn = memoize(
  async (n) => {
    upstreamCalls++;
    if (role === 'filler') {
      process.stdout.write('filling\n');
      await new Promise(() => setTimeout(() => {}, 600_000));
    }
    await new Promise((r) => setTimeout(r, 10));
    return { n };
  },
  { id },
  planFor(id, ['n']),
);
if (role === 'filler') {
  await fn(1);
} else {
  const warm = memoize(async () => 0, { id: `${id}.warm` }, planFor(`${id}.warm`, []));
  await warm(); // adapter loaded, connection open
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  for await (const _line of lines) break;
  const t0 = performance.now();
  await fn(1);
  const ms = performance.now() - t0;
  await close();
  process.stdout.write(`${JSON.stringify({ ms, upstreamCalls })}\n`);
  process.exit(0);
}
