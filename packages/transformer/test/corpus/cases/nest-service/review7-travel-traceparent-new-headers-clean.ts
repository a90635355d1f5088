// origin: review probe: a request-scoped service sending the caller's traceparent on in `new Headers({ traceparent })`
// category: nest-service
// decorators: legacy
// expect: clean
// why: the trace header only says which call this is; sent on it does not decide the answer (principle 3: travel).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class InventoryLevels {
  constructor(@Inject('REQUEST') private readonly request: Request) {}

  @memoize({ version: 'inventory-levels-v1', ttl: '1m' })
  async level(sku: string): Promise<number> {
    const traceparent = this.request.get('traceparent') ?? '';
    const res = await fetch(`https://inventory.internal/v1/levels/${sku}`, { headers: new Headers({ traceparent }) });
    return ((await res.json()) as { level: number }).level;
  }
}
