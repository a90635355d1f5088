// origin: shape of a "daily digest" data client: today's date comes from a helper documented as a deliberate time bucket (@timeBucket day), so one entry serves the whole day
// category: data-api
// decorators: legacy
// expect: clean
// key: day
import { memoize } from 'keyproof';

export interface Digest { day: string; headlines: string[] }
interface NewsApi { top(day: string, section: string): Promise<string[]> }

/**
 * Today's date in UTC (YYYY-MM-DD).
 * @timeBucket day
 */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export class DigestClient {
  constructor(private readonly news: NewsApi) {}

  @memoize({ ttl: '26h' })
  async digest(day: string, section: 'tech' | 'business'): Promise<Digest> {
    return { day, headlines: await this.news.top(day, section) };
  }

  async today(section: 'tech' | 'business'): Promise<Digest> {
    return this.digest(todayUtc(), section);
  }
}
