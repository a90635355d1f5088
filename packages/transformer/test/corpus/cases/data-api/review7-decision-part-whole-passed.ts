// origin: review probe: `@cacheKey reportConfig.dataset` stated, the body handing the whole settings object to the query (its sort order too)
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 reportConfig|sortOrder|REPORT_SORT
// why: the query also reads the sort order from the object, which decides the answer and is not stated (principle 2).
import { memoize } from 'keyproof';

const reportConfig = { dataset: process.env.REPORT_DATASET ?? 'prod', sortOrder: process.env.REPORT_SORT ?? 'desc' };

async function runReport(config: { dataset: string; sortOrder: string }, month: string): Promise<string[]> {
  const res = await fetch(`https://reports.internal/v1/${config.dataset}/top?month=${month}&sort=${config.sortOrder}`);
  return (await res.json()) as string[];
}

export const topProducts = memoize(
  /** @cacheKey reportConfig.dataset */
  async function topProducts(month: string): Promise<string[]> {
    return runReport(reportConfig, month);
  },
  { version: 'top-products-v1', ttl: '1h' },
);
