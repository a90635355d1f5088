// origin: review probe: a request-scoped Stripe lookup passing the caller's Idempotency-Key header as the request option
// category: pricing-client
// decorators: legacy
// expect: clean
// why: an idempotency key lets the server dedupe retries; it does not change which price comes back (principle 3).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class PriceReader {
  constructor(@Inject('REQUEST') private readonly request: Request, private readonly stripe: Stripe) {}

  @memoize({ version: 'price-v1', ttl: '10m' })
  async price(priceId: string): Promise<number | null> {
    const price = await this.stripe.prices.retrieve(priceId, { idempotencyKey: this.request.get('idempotency-key') });
    return price.unit_amount;
  }
}
