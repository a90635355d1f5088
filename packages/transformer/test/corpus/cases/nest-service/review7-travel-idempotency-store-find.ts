// origin: review probe: a request-scoped service looking up a stored response by the caller's idempotency key, passed in an object to the store's find
// category: nest-service
// decorators: legacy
// expect: KP91046 request
// why: the key picks which stored response comes back, so it asks, and it is in no key (principle 2).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

interface StoredResponse { body: string }
async function findStored(query: { key: string | undefined }): Promise<StoredResponse | undefined> {
  if (query.key === undefined) return undefined;
  const res = await fetch(`https://idempotency.internal/v1/responses/${encodeURIComponent(query.key)}`);
  return res.status === 404 ? undefined : ((await res.json()) as StoredResponse);
}

@Injectable({ scope: Scope.REQUEST })
export class RefundPreview {
  constructor(@Inject('REQUEST') private readonly request: Request) {}

  @memoize({ version: 'refund-preview-v1', ttl: '10m' })
  async preview(orderId: string): Promise<string> {
    const prior = await findStored({ key: this.request.get('idempotency-key') });
    if (prior !== undefined) return prior.body;
    const res = await fetch(`https://orders.internal/v1/${orderId}/refund-preview`);
    return res.text();
  }
}
