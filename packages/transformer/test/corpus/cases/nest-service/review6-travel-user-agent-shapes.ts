// origin: review probe: a request-scoped NestJS service picking the mobile or desktop variant of a page from the request's User-Agent
// category: nest-service
// decorators: legacy
// expect: KP91046 request
// why: the user agent decides which variant comes back, so a phone would be served the desktop page cached for a laptop (principle 2: the request's content, not how it travels).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class LandingPages {
  constructor(@Inject('REQUEST') private readonly request: Request) {}

  @memoize({ version: 'landing-v1', ttl: '10m' })
  async page(slug: string): Promise<string> {
    const mobile = /Mobile|Android|iPhone/.test(this.request.get('user-agent') ?? '');
    const res = await fetch(`https://cms.internal/v1/pages/${slug}?variant=${mobile ? 'mobile' : 'desktop'}`);
    return res.text();
  }
}
