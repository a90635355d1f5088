// origin: shape of a usage-pricing client that returns a RateCard object with private state and helper methods (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP91032 rateCard
// why: the memoised method resolves to a RateCard instance whose tiers live in a #private field and whose behaviour is in methods; V8 serialisation drops both, so a hit could not hand it back (principle 6).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export class RateCard {
  readonly #tiers: { upTo: number | null; unitCents: number }[];

  constructor(readonly productId: string, readonly currency: string, tiers: { upTo: number | null; unitCents: number }[]) {
    this.#tiers = [...tiers].sort((a, b) => (a.upTo ?? Infinity) - (b.upTo ?? Infinity));
  }

  /** Graduated pricing: each unit is billed at the tier it falls in. */
  costOf(units: number): number {
    let remaining = units;
    let floor = 0;
    let cents = 0;
    for (const tier of this.#tiers) {
      const cap = tier.upTo ?? Infinity;
      const inTier = Math.max(0, Math.min(remaining, cap - floor));
      cents += inTier * tier.unitCents;
      remaining -= inTier;
      floor = cap;
      if (remaining <= 0) break;
    }
    return cents;
  }
}

export class UsagePricing {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'rate-card-v1', ttl: '1h', cost: 0.0001 })
  async rateCard(productId: string, currency: string): Promise<RateCard> {
    const { data } = await this.stripe.prices.list({ product: productId, active: true, limit: 50 });
    const tiers = data
      .filter((p) => p.currency === currency)
      .map((p) => ({ upTo: p.lookup_key ? Number(p.lookup_key.split(':')[1]) || null : null, unitCents: p.unit_amount ?? 0 }));
    return new RateCard(productId, currency, tiers);
  }
}
