// origin: probe: a Stripe client built from a constructor's key, the service made per tenant by a factory
// category: pricing-client
// decorators: legacy
// expect: KP91040 stripe
// why: each tenant's secret key opens that tenant's Stripe account, so the key picks whose prices come back; instances for two tenants would share entries (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface Tenant { id: string; stripeSecretKey: string }

export class TenantPrices {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'tenant-prices-v1', ttl: '15m', cost: 0.0005 })
  async activePrices(productId: string): Promise<string[]> {
    const page = await this.stripe.prices.list({ product: productId, active: true, limit: 100 });
    return page.data.map((p) => p.id);
  }
}

export function pricesFor(tenant: Tenant): TenantPrices {
  return new TenantPrices(tenant.stripeSecretKey);
}
