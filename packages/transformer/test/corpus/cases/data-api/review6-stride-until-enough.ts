// origin: review probe: batches of a configured size fetched until at least 100 results are gathered (the whole-list slice loop, with an early stop)
// category: data-api
// decorators: tc39
// expect: KP91044 BATCH
// why: the loop stops after the batch that crosses 100, so the batch width decides how many results come back (principle 2).
import { memoize } from 'keyproof';

const BATCH = Number(process.env.LOOKUP_BATCH ?? 40);

export const firstActive = memoize(
  async function firstActive(ids: string[]): Promise<unknown[]> {
    const found: unknown[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const res = await fetch(`https://users.internal/v1/active?ids=${ids.slice(i, i + BATCH).join(',')}`);
      found.push(...((await res.json()) as unknown[]));
      if (found.length >= 100) break;
    }
    return found;
  },
  { version: 'active-v1', ttl: '10m' },
);
