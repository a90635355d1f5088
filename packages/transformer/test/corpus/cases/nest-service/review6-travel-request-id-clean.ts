// origin: review probe: a request-scoped service forwarding the caller's x-request-id and traceparent to the upstream, for its logs
// category: nest-service
// decorators: legacy
// expect: clean
// why: the request and trace ids say which call this is, not what it asks (principle 3).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class Products {
  constructor(@Inject('REQUEST') private readonly request: Request) {}

  @memoize({ version: 'products-v1', ttl: '10m' })
  async product(sku: string): Promise<unknown> {
    const res = await fetch(`https://catalog.internal/v1/products/${sku}`, {
      headers: {
        'x-request-id': this.request.headers['x-request-id'] ?? '',
        traceparent: this.request.get('traceparent') ?? '',
      },
    });
    return res.json();
  }
}
