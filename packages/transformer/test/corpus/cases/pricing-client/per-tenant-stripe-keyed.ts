// origin: the per-tenant Stripe billing service with the tenant's identity stated as a key field (@cacheKey readonly tenantId), as the transformer README recommends
// category: pricing-client
// decorators: tc39
// expect: clean
// key: this.tenantId
import Stripe from 'stripe';
import { cacheKey, memoize } from 'keyproof';

export interface TenantConfig { tenantId: string; stripeSecretKey: string }
export interface PlanRow { id: string; name: string; active: boolean }

export class TenantBilling {
  @cacheKey readonly tenantId: string;
  private readonly stripe: Stripe;

  constructor(cfg: TenantConfig) {
    this.tenantId = cfg.tenantId;
    this.stripe = new Stripe(cfg.stripeSecretKey, { apiVersion: '2025-02-24.acacia' });
  }

  @memoize({ ttl: '10m' })
  async plans(activeOnly = true): Promise<PlanRow[]> {
    const { data } = await this.stripe.products.list({ active: activeOnly, limit: 100 });
    return data.map(({ id, name, active }) => ({ id, name, active }));
  }
}
