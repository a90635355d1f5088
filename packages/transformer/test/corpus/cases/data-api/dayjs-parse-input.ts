// origin: shape of a holiday/calendar API wrapper normalising the caller's date with dayjs(input) (parsing a given date, not reading the clock)
// category: data-api
// decorators: tc39
// expect: clean
import dayjs from 'dayjs';
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface PublicHoliday { date: string; localName: string; countryCode: string }

export class NagerDateClient {
  @memoize({ ttl: '30d' })
  async holidays(year: number, countryCode: string): Promise<PublicHoliday[]> {
    const res = await fetch(`https://date.nager.at/api/v3/PublicHolidays/${year}/${countryCode}`);
    return (await res.json()) as PublicHoliday[];
  }

  @memoize({ ttl: '30d' })
  async isWorkingDay(day: string, countryCode: string): Promise<boolean> {
    const list = await this.holidays(Number(day.slice(0, 4)), countryCode);
    return !list.some((h) => h.date === day);
  }

  async check(input: string, countryCode: string): Promise<boolean> {
    const day = dayjs(input).format('YYYY-MM-DD');
    const sameDay = DateTime.fromISO(input, { zone: 'utc' }).startOf('day').toISODate() ?? day;
    return (await this.isWorkingDay(day, countryCode)) && (await this.isWorkingDay(sameDay, countryCode));
  }
}
