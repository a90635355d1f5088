// origin: shape of a multi-tenant billing service built per tenant with the tenant's own Stripe secret key (new Stripe(tenant.stripeSecretKey)), all instances sharing one cache store: the client carries the tenant's identity
// category: pricing-client
// decorators: tc39
// expect: KP91040 stripe
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface TenantConfig { tenantId: string; stripeSecretKey: string }
export interface PlanRow { id: string; name: string; active: boolean }

export class TenantBilling {
  private readonly stripe: Stripe;

  constructor(cfg: TenantConfig) {
    this.stripe = new Stripe(cfg.stripeSecretKey, { apiVersion: '2025-02-24.acacia' });
  }

  @memoize({ ttl: '10m' })
  async plans(activeOnly = true): Promise<PlanRow[]> {
    const { data } = await this.stripe.products.list({ active: activeOnly, limit: 100 });
    return data.map(({ id, name, active }) => ({ id, name, active }));
  }
}

const billingByTenant = new Map<string, TenantBilling>();
export function billingFor(cfg: TenantConfig): TenantBilling {
  let billing = billingByTenant.get(cfg.tenantId);
  if (billing === undefined) billingByTenant.set(cfg.tenantId, (billing = new TenantBilling(cfg)));
  return billing;
}
