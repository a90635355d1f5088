// origin: probe: a configured batch size handed to a small chunking helper (a stride one call away)
// category: data-api
// decorators: tc39
// expect: clean
// why: the helper cuts the same ids into requests of `size` and visits every id whatever the size (principle 3: how the call travels, not what it asks).
import { memoize } from 'keyproof';

const BATCH = Number(process.env.USER_BATCH ?? 50);

async function eachBatch<T>(items: string[], size: number, fetchBatch: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < items.length; offset += size) {
    out.push(...(await fetchBatch(items.slice(offset, offset + size))));
  }
  return out;
}

export const usersByIds = memoize(
  async function usersByIds(ids: string[]): Promise<unknown[]> {
    return eachBatch(ids, BATCH, async (chunk) => {
      const res = await fetch(`https://users.internal/v1/users?ids=${chunk.join(',')}`);
      return (await res.json()) as unknown[];
    });
  },
  { version: 'users-v1', ttl: '1h' },
);
