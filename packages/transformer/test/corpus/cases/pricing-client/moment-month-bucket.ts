// origin: shape of a SaaS invoice-preview helper that asks a memoised tiered price list for the current billing month via moment
// category: pricing-client
// decorators: legacy
// expect: clean
// key: month
// why: moment().startOf('month').format('YYYY-MM') is a clock quantised to the month where it is written: a time bucket
import moment from 'moment';
import { memoize } from 'keyproof';

interface TierApi {
  tiers(productId: string, month: string): Promise<{ upTo: number | null; centsPerSeat: number }[]>;
}

export class SeatPricing {
  constructor(private readonly api: TierApi) {}

  @memoize({ version: 'v1', ttl: '1d', cost: 0.0003 })
  async tiers(productId: string, month: string): Promise<{ upTo: number | null; centsPerSeat: number }[]> {
    const rows = await this.api.tiers(productId, month);
    return rows.map((r) => ({ upTo: r.upTo, centsPerSeat: r.centsPerSeat }));
  }

  async seatCost(productId: string, seats: number): Promise<number> {
    const month = moment().startOf('month').format('YYYY-MM');
    const tiers = await this.tiers(productId, month);
    const tier = tiers.find((t) => t.upTo === null || seats <= t.upTo) ?? tiers[tiers.length - 1];
    return (tier?.centsPerSeat ?? 0) * seats;
  }
}
