/**
 * Miss path overhead: what the cache adds to a call that misses, with a no-op upstream.
 * Every call uses a new argument tuple (a counter in `name`), so every call is a miss that
 * reads the store, calls upstream and writes the result. Floor: what any cache must do on a
 * miss, one `keyv.get` and one `keyv.set` with a precomputed key on the same store.
 */
import { close } from 'keyproof';
import { compare } from '../lib/measure.mjs';
import { emit } from '../lib/child.mjs';
import { RESULT, tuple } from '../lib/inputs.mjs';
import { cacheableFn, keyproofFn, openKeyv, pMemoizeFn } from '../lib/subjects.mjs';

const quick = process.argv.includes('--quick');
let n = 0;
const upstream = async (..._a) => RESULT;
const fresh = () => tuple(`#${n++}`);

const groups = [];
const kinds = process.argv
  .find((a) => a.startsWith('--kind='))
  ?.slice(7)
  .split(',') ?? ['memory', 'sqlite'];
for (const kind of kinds) {
  const floorKeyv = openKeyv(kind, 'floor-miss');
  const pm = pMemoizeFn(openKeyv(kind, 'pmemoize-miss'), upstream);
  const ca = cacheableFn(openKeyv(kind, 'cacheable-miss'), upstream);
  const kp = await keyproofFn(kind, upstream, { front: true, warmArgs: fresh() });
  const cases = [
    {
      name: 'floor: keyv.get + keyv.set (precomputed key)',
      fn: async () => {
        const key = `bench::miss::${n++}`;
        if ((await floorKeyv.get(key)) === undefined) await floorKeyv.set(key, RESULT);
      },
      async: true,
    },
    { name: 'keyproof', fn: () => kp(...fresh()), async: true },
    { name: 'p-memoize + Keyv', fn: () => pm(...fresh()), async: true },
    { name: 'cacheable wrap', fn: () => ca(...fresh()), async: true },
    { name: 'no cache: the no-op upstream itself', fn: () => upstream(...fresh()), async: true },
  ];
  const m = await compare(
    cases,
    kind === 'memory'
      ? { rounds: quick ? 5 : 15, slices: 4, sliceMs: 5 }
      : { rounds: quick ? 3 : 9, slices: 3, sliceMs: 20, warmupMs: 300 },
  );
  groups.push({
    group: `miss path: ${kind} (no-op upstream)`,
    rows: cases.map((c, i) => ({ name: c.name, ...m[c.name], floor: i === 0 })),
  });
}
await close();
emit(groups);
