// origin: shape of a request-scoped NestJS provider (Scope.REQUEST with @Inject(REQUEST)) that forwards the caller's correlation id to a downstream lookup
// category: nest-service
// decorators: legacy
// expect: KP91020 correlationId
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

export interface Entitlements { plan: string; seats: number; features: string[] }
interface EntitlementsApi { fetch(accountId: string, headers: Record<string, string>): Promise<Entitlements> }

@Injectable()
export class EntitlementsClient {
  constructor(private readonly api: EntitlementsApi) {}

  @memoize({ ttl: '2m' })
  async forAccount(accountId: string, correlationId: string): Promise<Entitlements> {
    return this.api.fetch(accountId, { 'x-correlation-id': correlationId });
  }
}

@Injectable({ scope: Scope.REQUEST })
export class FeatureGate {
  constructor(@Inject('REQUEST') private readonly request: Request, private readonly entitlements: EntitlementsClient) {}

  async can(accountId: string, feature: string): Promise<boolean> {
    const correlation = this.request.headers['x-request-id'] ?? '';
    const { features } = await this.entitlements.forAccount(accountId, String(correlation));
    return features.includes(feature);
  }
}
