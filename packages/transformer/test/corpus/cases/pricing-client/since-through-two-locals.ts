// origin: shape of a usage-billing client (issue 14: "since derived from new Date() through two locals"), the billing period start computed in the caller
// category: pricing-client
// decorators: legacy
// expect: KP91020 since
import { memoize } from 'keyproof';

export interface UsageLine { meter: string; quantity: number; amountCents: number }
interface MeteringApi { usage(customer: string, since: string): Promise<UsageLine[]> }

export class MeteredBilling {
  constructor(private readonly metering: MeteringApi) {}

  @memoize({ ttl: '15m' })
  async usageSince(customer: string, since: string): Promise<UsageLine[]> {
    return this.metering.usage(customer, since);
  }

  async currentPeriod(customer: string, periodDays = 30): Promise<number> {
    const now = new Date();
    const start = new Date(now.getTime() - periodDays * 86_400_000);
    const since = start.toISOString();
    const lines = await this.usageSince(customer, since);
    return lines.reduce((sum, l) => sum + l.amountCents, 0);
  }
}
