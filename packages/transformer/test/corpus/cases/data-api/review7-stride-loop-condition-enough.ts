// origin: review probe: batches of a configured size fetched while fewer than 50 matches are gathered (the early stop in the loop's condition)
// category: data-api
// decorators: tc39
// expect: KP91044 BATCH
// why: the loop stops after the batch that crosses 50, so the batch width decides how many matches come back (principle 2).
import { memoize } from 'keyproof';

const BATCH = Number(process.env.MATCH_BATCH ?? 40);

export const firstMatches = memoize(
  async function firstMatches(skus: string[]): Promise<string[]> {
    const found: string[] = [];
    for (let i = 0; i < skus.length && found.length < 50; i += BATCH) {
      const res = await fetch(`https://catalog.internal/v1/in-stock?skus=${skus.slice(i, i + BATCH).join(',')}`);
      found.push(...((await res.json()) as string[]));
    }
    return found;
  },
  { version: 'first-matches-v1', ttl: '5m' },
);
