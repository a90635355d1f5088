// origin: shape of a job-market statistics client built from constants, keyed by ISO week computed with luxon
// category: data-api
// decorators: tc39
// expect: clean
// key: week
// why: DateTime.utc().startOf('week').toISODate() is a clock quantised to the week where it is written; the client is built from constants (a service)
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

declare class StatsClient {
  constructor(options: { baseUrl: string; retries: number });
  weekly(occupation: string, weekStart: string): Promise<{ postings: number; medianSalary: number }>;
}

const stats = new StatsClient({ baseUrl: 'https://labour-stats.example.gov/api', retries: 2 });

export const weeklyPostings = memoize(
  async function weeklyPostings(occupation: string, week: string): Promise<{ postings: number; medianSalary: number }> {
    const r = await stats.weekly(occupation.toLowerCase(), week);
    return { postings: r.postings, medianSalary: r.medianSalary };
  },
  { ttl: '7d', cost: 0.0002 },
);

export async function thisWeek(occupation: string) {
  const week = DateTime.utc().startOf('week').toISODate() ?? '';
  return weeklyPostings(occupation, week);
}
