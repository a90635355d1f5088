// origin: review probe: twin of travel-request-id-clean that also forwards the caller's Accept-Language
// category: nest-service
// decorators: legacy
// expect: KP91046 request
// why: the language decides the text of the product page; the request id beside it does not exempt it (principle 2).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class Products {
  constructor(@Inject('REQUEST') private readonly request: Request) {}

  @memoize({ version: 'products-v1', ttl: '10m' })
  async product(sku: string): Promise<unknown> {
    const headers = this.request.headers;
    const res = await fetch(`https://catalog.internal/v1/products/${sku}`, {
      headers: { 'x-request-id': String(headers['x-request-id'] ?? ''), 'accept-language': String(headers['accept-language'] ?? 'en') },
    });
    return res.json();
  }
}
