// origin: review probe: a request-scoped replay service returning the stored response found by the request's Idempotency-Key header
// category: nest-service
// decorators: legacy
// expect: KP91046 request
// why: the header picks which stored response comes back, so requests with different keys share one answer (principle 2).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class Replays {
  constructor(@Inject('REQUEST') private readonly request: Request) {}

  @memoize({ version: 'replay-v1', ttl: '1d' })
  async stored(route: string): Promise<unknown> {
    const res = await fetch(`https://idem.internal/v1/responses/${route}/${this.request.get('idempotency-key') ?? 'none'}`);
    return res.json();
  }
}
