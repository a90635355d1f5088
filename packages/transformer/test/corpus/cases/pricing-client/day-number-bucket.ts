// origin: shape of a usage-based billing estimator that asks a memoised rate card for the current day number
// category: pricing-client
// decorators: tc39
// expect: clean
// key: day
// why: Math.floor(Date.now() / 86_400_000) is a clock quantised to the day where it is written: a time bucket, a legitimate key field
import { memoize } from 'keyproof';

interface RateCardApi {
  rates(plan: string, dayNumber: number): Promise<{ metric: string; centsPerUnit: number }[]>;
}

declare const rateCardApi: RateCardApi;

export const rateCard = memoize(
  async function rateCard(plan: string, day: number): Promise<Record<string, number>> {
    const rows = await rateCardApi.rates(plan, day);
    return Object.fromEntries(rows.map((r) => [r.metric, r.centsPerUnit]));
  },
  { ttl: '1d', cost: 0.0005 },
);

export async function estimate(plan: string, usage: Record<string, number>): Promise<number> {
  const day = Math.floor(Date.now() / 86_400_000);
  const rates = await rateCard(plan, day);
  return Object.entries(usage).reduce((sum, [metric, units]) => sum + (rates[metric] ?? 0) * units, 0);
}
