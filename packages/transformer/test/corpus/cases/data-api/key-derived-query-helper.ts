// origin: shape of an analytics data-API client class whose memoised aggregate call builds its query string with a helper over its arguments
// category: data-api
// decorators: legacy
// expect: clean
// why: the query is derived only from key arguments through a pure helper; PAGE_SIZE is a constant; the result is a Map, which round-trips
import { memoize } from 'keyproof';

const PAGE_SIZE = 500;

export interface Filters {
  country?: string;
  plan?: string;
  from: string;
  to: string;
}

interface Analytics {
  aggregate(query: string): Promise<{ bucket: string; count: number }[]>;
}

function toQuery(metric: string, f: Filters): string {
  const parts = [`metric=${metric}`, `from=${f.from}`, `to=${f.to}`, `limit=${PAGE_SIZE}`];
  if (f.country) parts.push(`country=${f.country.toUpperCase()}`);
  if (f.plan) parts.push(`plan=${f.plan}`);
  return parts.sort().join('&');
}

export class AnalyticsClient {
  constructor(private readonly api: Analytics) {}

  @memoize({ version: 'v1', ttl: '1h', cost: 0.01 })
  async countsByDay(metric: string, filters: Filters): Promise<Map<string, number>> {
    const rows = await this.api.aggregate(toQuery(metric, filters));
    return new Map(rows.map((r) => [r.bucket, r.count]));
  }
}
