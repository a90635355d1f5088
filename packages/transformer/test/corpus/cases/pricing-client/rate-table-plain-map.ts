// origin: shape of a usage-pricing client that returns its tiers as a Map with a fetched-at Date (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the memoised method resolves to a plain object holding a Map of plain data and a Date from upstream, which survive V8 serialisation; the costing helper is a separate function, not part of the stored value (principle 6).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface RateTable {
  productId: string;
  currency: string;
  /** upper bound of the tier (Infinity for the last one) -> unit price in cents */
  tiers: Map<number, number>;
  listedAt: Date;
}

/** Graduated pricing over a RateTable: each unit is billed at the tier it falls in. */
export function costOf(table: RateTable, units: number): number {
  let remaining = units;
  let floor = 0;
  let cents = 0;
  for (const [cap, unitCents] of [...table.tiers].sort((a, b) => a[0] - b[0])) {
    const inTier = Math.max(0, Math.min(remaining, cap - floor));
    cents += inTier * unitCents;
    remaining -= inTier;
    floor = cap;
    if (remaining <= 0) break;
  }
  return cents;
}

export class UsageRates {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'rate-table-v1', ttl: '1h', cost: 0.0001 })
  async rateTable(productId: string, currency: string): Promise<RateTable> {
    const [product, prices] = await Promise.all([
      this.stripe.products.retrieve(productId),
      this.stripe.prices.list({ product: productId, active: true, limit: 50 }),
    ]);
    const tiers = new Map<number, number>();
    for (const p of prices.data) {
      if (p.currency !== currency) continue;
      const cap = Number(p.lookup_key?.split(':')[1]);
      tiers.set(Number.isFinite(cap) && cap > 0 ? cap : Infinity, p.unit_amount ?? 0);
    }
    const listed = product.metadata.listed_at;
    return { productId, currency, tiers, listedAt: new Date(listed ? listed : 0) };
  }
}
