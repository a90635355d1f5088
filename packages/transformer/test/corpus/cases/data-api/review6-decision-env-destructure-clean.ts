// origin: review probe: one environment variable destructured from process.env in the body, stated with @cacheKey process.env.X
// category: data-api
// decorators: legacy
// expect: clean
// why: the only variable read is in the key; a decision decides the value however the body reads it (nothing less holds).
import { memoize } from 'keyproof';

export class HolidaysService {
  /** @cacheKey process.env.HOLIDAY_REGION */
  @memoize({ version: 'hol-v1', ttl: '30d' })
  async holidays(year: number): Promise<string[]> {
      const { HOLIDAY_REGION = 'de' } = process.env;
      const res = await fetch(`https://calendar.internal/${HOLIDAY_REGION}/${year}`);
      return (await res.json()) as string[];
  }
}
