// origin: shape of a traffic-stats API client whose callers pass the start of today (luxon) as the day
// category: data-api
// decorators: tc39
// expect: clean
// why: DateTime.now().startOf('day') is a time bucket where it is written, so keying on the day is not per-call; the logger is a service
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

interface StatsApi {
  pageviews(params: { site: string; day: string; breakdown: 'country' | 'referrer' }): Promise<{ key: string; views: number }[]>;
}

interface Logger {
  debug(msg: string, meta?: object): void;
}

export class TrafficStats {
  constructor(
    private readonly api: StatsApi,
    private readonly log: Logger,
  ) {}

  @memoize({ version: 'traffic-v1', ttl: '1d', cost: 0.002 })
  async breakdown(site: string, day: string, by: 'country' | 'referrer'): Promise<{ key: string; views: number }[]> {
    this.log.debug('pageviews', { site, day, by });
    const rows = await this.api.pageviews({ site, day, breakdown: by });
    return rows.sort((a, b) => b.views - a.views).slice(0, 20);
  }

  async today(site: string) {
    const day = DateTime.now().startOf('day').toISODate() ?? '1970-01-01';
    return this.breakdown(site, day, 'country');
  }
}
