// origin: review probe: a queue worker's lookup sending ids to a bulk endpoint through a generic `inBatches` helper with a configured size, results concatenated
// category: queue-worker
// decorators: legacy
// expect: clean
// why: every id is asked once whatever the batch size and the results are joined in order: a stride one call away (principle 3).
import { memoize } from 'keyproof';

const BULK = Number(process.env.BULK_SIZE ?? 100);

async function inBatches<T, R>(items: T[], size: number, run: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await run(items.slice(i, i + size))));
  return out;
}

export class Enricher {
  @memoize({ version: 'enrich-v1', ttl: '1h' })
  async companies(domains: string[]): Promise<unknown[]> {
    return inBatches(domains, BULK, async (batch) => {
      const res = await fetch('https://enrich.internal/v1/companies', { method: 'POST', body: JSON.stringify({ domains: batch }) });
      return (await res.json()) as unknown[];
    });
  }
}
