// origin: probe: batches of a configured size up to a fixed count (the last batch's width decides how many ids are asked)
// category: data-api
// decorators: tc39
// expect: KP91044 BATCH
// why: the loop runs to a fixed bound, not to the end of the list, so the batch width decides how many ids are fetched (principle 2).
import { memoize } from 'keyproof';

const BATCH = Number(process.env.USER_BATCH ?? 50);
const MAX_IDS = 200;

export const usersByIds = memoize(
  async function usersByIds(ids: string[]): Promise<unknown[]> {
    const users: unknown[] = [];
    for (let i = 0; i < MAX_IDS; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      if (chunk.length === 0) break;
      const res = await fetch(`https://users.internal/v1/users?ids=${chunk.join(',')}`);
      users.push(...((await res.json()) as unknown[]));
    }
    return users;
  },
  { version: 'users-v1', ttl: '1h' },
);
