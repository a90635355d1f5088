// origin: review probe: a per-tenant factory loads the tenant, takes its key into a local, and builds a subclass that hands it to the base client through super
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

export class TenantCatalog extends StripeBacked {
  constructor(secretKey: string, readonly currency: string) {
    super(secretKey);
  }

  @memoize({ version: 'tenant-catalog-v1', ttl: '15m' })
  async active(productId: string): Promise<string[]> {
    const page = await this.stripe.prices.list({ product: productId, active: true, limit: 100 });
    return page.data.map((p) => p.id);
  }
}

async function findTenant(id: string): Promise<TenantRecord> {
  return (await (await fetch(`http://tenants.internal/${id}`)).json()) as TenantRecord;
}

export async function catalogFor(tenantId: string): Promise<TenantCatalog> {
  const record = await findTenant(tenantId);
  const secret = record.stripeSecretKey;
  return new TenantCatalog(secret, 'eur');
}
