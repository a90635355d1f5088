// origin: shape of a data-API client that validates requested dimensions against a frozen allow-list read under a shorter alias
// category: data-api
// decorators: legacy
// expect: clean
// why: a const alias of a frozen literal array that nothing mutates is still a compile-time constant, not state
import { memoize } from 'keyproof';

const SUPPORTED_DIMENSIONS = Object.freeze(['country', 'device', 'channel', 'plan'] as const);
const dims = SUPPORTED_DIMENSIONS;
const allowed: readonly string[] = dims;

interface AnalyticsApi {
  breakdown(body: { metric: string; dimensions: string[]; day: string }): Promise<{ rows: { key: string[]; value: number }[] }>;
}

export class BreakdownClient {
  constructor(private readonly analytics: AnalyticsApi) {}

  @memoize({ version: 'breakdown-v2', ttl: '1d', cost: 0.004 })
  async breakdown(metric: string, dimensions: string[], day: string): Promise<{ key: string[]; value: number }[]> {
    const valid = dimensions.filter((d) => allowed.includes(d));
    if (valid.length === 0) return [];
    const { rows } = await this.analytics.breakdown({ metric, dimensions: valid, day });
    return rows;
  }
}

export function todaysBreakdown(client: BreakdownClient, metric: string, dimensions: string[]) {
  return client.breakdown(metric, dimensions, new Date().toISOString().slice(0, 10));
}
