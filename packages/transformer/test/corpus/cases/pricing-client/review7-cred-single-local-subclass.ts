// origin: review probe: a per-tenant factory builds a subclass from a loaded tenant record's key, one local away (control for the hop limit)
// category: pricing-client
// decorators: legacy
// expect: KP91040 stripe
// why: the key comes from each tenant's record, so it picks whose prices come back (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

interface TenantRecord { id: string; stripeSecretKey: string }

abstract class StripeBacked {
  protected readonly stripe: Stripe;
  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }
}

export class TenantProducts extends StripeBacked {
  constructor(secretKey: string) {
    super(secretKey);
  }

  @memoize({ version: 'tenant-products-v1', ttl: '15m' })
  async names(): Promise<string[]> {
    const page = await this.stripe.products.list({ active: true, limit: 100 });
    return page.data.map((p) => p.name);
  }
}

async function findTenant(id: string): Promise<TenantRecord> {
  return (await (await fetch(`http://tenants.internal/${id}`)).json()) as TenantRecord;
}

export async function productsFor(tenantId: string): Promise<TenantProducts> {
  const record = await findTenant(tenantId);
  return new TenantProducts(record.stripeSecretKey);
}
