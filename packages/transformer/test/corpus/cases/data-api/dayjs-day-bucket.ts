// origin: shape of a public-holidays data client whose caller keys the lookup on today's date computed with dayjs startOf('day')
// category: data-api
// decorators: tc39
// expect: clean
// key: day
// why: dayjs().startOf('day').format('YYYY-MM-DD') is a clock quantised to the day where it is written: a time bucket in the key
import dayjs from 'dayjs';
import { memoize } from 'keyproof';

const HOLIDAYS_URL = 'https://holidays.example.com/api/v3/upcoming';

export interface Holiday {
  date: string;
  name: string;
}

export const upcomingHolidays = memoize(
  async function upcomingHolidays(country: string, day: string): Promise<Holiday[]> {
    const res = await fetch(`${HOLIDAYS_URL}/${country}?from=${day}`);
    const body = (await res.json()) as Holiday[];
    return body.slice(0, 10).map((h) => ({ date: h.date, name: h.name }));
  },
  { ttl: '1d', cost: 0.0001 },
);

export async function nextHoliday(country: string): Promise<Holiday | undefined> {
  const day = dayjs().startOf('day').format('YYYY-MM-DD');
  const list = await upcomingHolidays(country, day);
  return list[0];
}
