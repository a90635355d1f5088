// origin: shape of a reporting client that folds filters into a request with reduce, starting from a day bucket (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: clean
// why: the reduce seeds the query with the clock floored to the UTC day where it is written, a time bucket and not a per-call value; every other field comes from the caller's filters (principle 1).
import { memoize } from 'keyproof';

export interface Filter {
  field: 'region' | 'channel' | 'sku';
  value: string;
}

export interface ReportQuery {
  day: string;
  metric: string;
  [field: string]: string;
}

export interface ReportRows {
  rows: { dimension: string; value: number }[];
}

const DAY_MS = 86_400_000;

function utcDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export class SalesReports {
  constructor(private readonly apiKey: string) {}

  @memoize({ version: 'sales-v3', ttl: '1d', cost: 0.01 })
  async run(query: ReportQuery): Promise<ReportRows> {
    const res = await fetch('https://reports.analytics.example.com/v1/run', {
      method: 'POST',
      headers: { 'x-api-key': this.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify(query),
    });
    if (!res.ok) throw new Error(`report ${query.metric} for ${query.day}: ${res.status}`);
    return (await res.json()) as ReportRows;
  }
}

/** Today's report so far: one entry per day, refreshed by the ttl. */
export function todaysReport(reports: SalesReports, metric: string, filters: Filter[]) {
  const query = filters.reduce<ReportQuery>(
    (acc, f) => ({ ...acc, [f.field]: f.value }),
    { day: utcDay(Date.now()), metric },
  );
  return reports.run(query);
}
