// origin: review probe: a request-scoped NestJS service returning the legacy payload shape to app versions below 3, read from the x-client-version header
// category: nest-service
// decorators: legacy
// expect: KP91046 request
// why: the client version decides which shape comes back, so an old app would be served the new shape cached for a new one (principle 2: here the header is what is asked).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class Profiles {
  constructor(@Inject('REQUEST') private readonly request: Request) {}

  @memoize({ version: 'profile-v1', ttl: '5m' })
  async profile(userId: string): Promise<unknown> {
    const major = Number(String(this.request.headers['x-client-version'] ?? '3').split('.')[0]);
    const res = await fetch(`https://users.internal/v1/users/${userId}?shape=${major < 3 ? 'legacy' : 'v3'}`);
    return res.json();
  }
}
