// origin: review probe: a request-scoped service stating its tenant field with @cacheKey this.tenantId, and also sending the caller's Accept-Language from the request it holds
// category: nest-service
// decorators: legacy
// expect: KP91046 request
// why: the tenant is in the key but the language picks the text of the answer and nothing states it; a decision on one field of the instance does not decide another (principle 2).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class HelpArticles {
  private readonly tenantId: string;
  constructor(@Inject('REQUEST') private readonly request: Request) {
    this.tenantId = String(request.headers['x-tenant-id'] ?? 'public');
  }

  /** @cacheKey this.tenantId */
  @memoize({ version: 'help-v1', ttl: '10m' })
  async article(slug: string): Promise<string> {
    const lang = this.request.get('accept-language') ?? 'en';
    const res = await fetch(`https://help.internal/${this.tenantId}/${lang}/${slug}`);
    return res.text();
  }
}
