// origin: shape of a quote service that looks up volume tiers in a static readonly table and prices through an injected Stripe client (your own writing, never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the static readonly table is initialised from literals (a constant), the Stripe client is an injected service, and the idempotency key is excluded with a reason (it only de-duplicates the request)
import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

@Injectable()
export class VolumeQuoteService {
  static readonly TIERS: readonly { upTo: number; discount: number }[] = [
    { upTo: 10, discount: 0 },
    { upTo: 100, discount: 0.1 },
    { upTo: 1000, discount: 0.18 },
  ];

  constructor(@Inject('STRIPE') private readonly stripe: Stripe) {}

  /**
   * Quote a seat count for a price.
   * @excludeFromKey idempotencyKey only de-duplicates retries of the same request
   */
  @memoize({ version: 'vq-v3', ttl: '1d', cost: 0.0002 })
  async quote(priceId: string, seats: number, idempotencyKey: string): Promise<{ unit: number; total: number; currency: string }> {
    const price = await this.stripe.prices.retrieve(priceId, { idempotencyKey });
    const tier = VolumeQuoteService.TIERS.find((t) => seats <= t.upTo) ?? { upTo: Infinity, discount: 0.25 };
    const unit = Math.round((price.unit_amount ?? 0) * (1 - tier.discount));
    return { unit, total: unit * seats, currency: price.currency };
  }
}
