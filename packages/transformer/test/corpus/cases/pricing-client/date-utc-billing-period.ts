// origin: shape of an invoicing client computing the billing period with Date.UTC(year, month - 1, 1) (fixed instants from its arguments) before a memoised usage query
// category: pricing-client
// decorators: legacy
// expect: clean
import { memoize } from 'keyproof';

export interface PeriodUsage { customer: string; fromMs: number; toMs: number; units: number }
interface Usage { sum(customer: string, fromMs: number, toMs: number): Promise<number> }

export class Invoicing {
  constructor(private readonly usage: Usage) {}

  @memoize({ ttl: '1h' })
  async usageBetween(customer: string, fromMs: number, toMs: number): Promise<PeriodUsage> {
    return { customer, fromMs, toMs, units: await this.usage.sum(customer, fromMs, toMs) };
  }

  async forPeriod(customer: string, year: number, month: number): Promise<PeriodUsage> {
    const from = Date.UTC(year, month - 1, 1);
    const to = new Date(Date.UTC(year, month, 1)).getTime();
    return this.usageBetween(customer, from, to);
  }
}
