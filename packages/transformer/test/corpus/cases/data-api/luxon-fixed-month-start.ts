// origin: shape of a billing-statistics client that builds month boundaries with luxon's DateTime.utc(year, month, 1) (a fixed date from its arguments, not the clock)
// category: data-api
// decorators: tc39
// expect: clean
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface MonthTotals { from: string; to: string; orders: number; revenueCents: number }
interface Reporting { totals(from: string, to: string): Promise<{ orders: number; revenue: number }> }

export class MonthlyStats {
  constructor(private readonly reporting: Reporting) {}

  @memoize({ ttl: '1d' })
  async totals(from: string, to: string): Promise<MonthTotals> {
    const { orders, revenue } = await this.reporting.totals(from, to);
    return { from, to, orders, revenueCents: revenue };
  }

  async forMonth(year: number, month: number): Promise<MonthTotals> {
    const start = DateTime.utc(year, month, 1);
    const end = start.plus({ months: 1 });
    return this.totals(start.toISODate() ?? '', end.toISODate() ?? '');
  }
}
