// origin: shape of a usage-statistics client whose callers ask for the current month computed with moment (your own writing, never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: clean
// why: the month is a clock deliberately quantised with moment().startOf('month') where it is written, so it is a time bucket; the API client is a service built from constants
import moment from 'moment';
import { memoize } from 'keyproof';

class StatsApi {
  constructor(private readonly base: string) {}
  async monthly(workspace: string, month: string): Promise<{ events: number; seats: number }> {
    const res = await fetch(`${this.base}/workspaces/${workspace}/usage?month=${month}`);
    return (await res.json()) as { events: number; seats: number };
  }
}

const stats = new StatsApi('https://stats.example.com/v1');

export const monthlyUsage = memoize(
  async function monthlyUsage(workspace: string, month: string) {
    const { events, seats } = await stats.monthly(workspace, month);
    return { events, seats, perSeat: seats === 0 ? 0 : Math.round(events / seats) };
  },
  { version: 'mu-v1', ttl: '1d', cost: 0.0005 },
);

export async function currentUsage(workspace: string) {
  return monthlyUsage(workspace, moment().startOf('month').format('YYYY-MM'));
}
