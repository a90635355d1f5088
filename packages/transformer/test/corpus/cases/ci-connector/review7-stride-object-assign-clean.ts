// origin: review probe: commit statuses fetched in batches of a configured size and merged into one record by sha with Object.assign
// category: ci-connector
// decorators: tc39
// expect: clean
// why: every sha's status is merged into one record, the same for any width (principle 3).
import { memoize } from 'keyproof';

const SHA_BATCH = Number(process.env.SHA_BATCH ?? 25);

export const statusesBySha = memoize(
  async function statusesBySha(shas: string[]): Promise<Record<string, string>> {
    const bySha: Record<string, string> = {};
    for (let i = 0; i < shas.length; i += SHA_BATCH) {
      const res = await fetch(`https://ci.internal/v1/statuses?shas=${shas.slice(i, i + SHA_BATCH).join(',')}`);
      Object.assign(bySha, (await res.json()) as Record<string, string>);
    }
    return bySha;
  },
  { version: 'statuses-by-sha-v1', ttl: '2m' },
);
