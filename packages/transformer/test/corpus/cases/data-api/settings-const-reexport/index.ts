// origin: shape of a statistics API client whose limits and endpoints are frozen / `as const` objects re-exported through a settings barrel (your own writing)
// category: data-api
// decorators: legacy
// expect: clean
// why: `LIMITS` (Object.freeze of literals) and `ENDPOINTS` (`as const`) are compile-time constants even through `export *`; everything else is parameters and a service
import { memoize } from 'keyproof';
import { ENDPOINTS, LIMITS } from './settings';

interface StatsHttp { get<T>(url: string, query: Record<string, string | number>): Promise<T> }
interface SeriesPage { points: [string, number][]; next: string | null }

export class StatsClient {
  constructor(private readonly http: StatsHttp) {}

  @memoize({ version: 'series-v1', ttl: '6h', cost: 0.0005 })
  async series(indicator: string, country: string): Promise<[string, number][]> {
    const points: [string, number][] = [];
    let cursor: string | null = null;
    for (let page = 0; page < LIMITS.maxPages; page++) {
      const res: SeriesPage = await this.http.get<SeriesPage>(ENDPOINTS.series, {
        indicator,
        country: country.toUpperCase(),
        limit: LIMITS.pageSize,
        ...(cursor ? { cursor } : {}),
      });
      points.push(...res.points);
      if (!res.next) break;
      cursor = res.next;
    }
    return points;
  }
}
