// origin: review probe: a request id read off the request and put in the envelope object a helper wraps the answer in
// category: express-handler
// decorators: legacy
// expect: KP91046 req
// why: the request id is part of what comes back, so a cached answer hands one caller's request id to every other caller (principle 2).
import type { Request } from 'express';
import { memoize } from 'keyproof';

function envelope<T>(parts: { data: T; requestId: string | undefined }): { data: T; meta: { requestId: string | undefined } } {
  return { data: parts.data, meta: { requestId: parts.requestId } };
}

export class ProductCard {
  constructor(private readonly req: Request) {}

  @memoize({ version: 'product-card-v1', ttl: '10m' })
  async card(sku: string): Promise<{ data: string; meta: { requestId: string | undefined } }> {
    const res = await fetch(`https://catalog.internal/v1/cards/${sku}`);
    return envelope({ data: await res.text(), requestId: this.req.get('x-request-id') });
  }
}
