// origin: review probe: a request id read off the request with an `||` fallback to a fresh id, only sent on as a header
// category: express-handler
// decorators: legacy
// expect: clean
// why: the request id only says which call this is; sent in a header it does not decide the answer (principle 3: travel).
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

export class ShippingQuotes {
  constructor(private readonly req: Request) {}

  @memoize({ version: 'shipping-quotes-v1', ttl: '5m' })
  async quote(postcode: string, weightKg: number): Promise<number> {
    const requestId = this.req.get('x-request-id') || randomUUID();
    const res = await fetch(`https://carriers.internal/v1/quote?postcode=${postcode}&kg=${weightKg}`, {
      headers: { 'x-request-id': requestId },
    });
    return ((await res.json()) as { price: number }).price;
  }
}
