// origin: review probe: at startup, one client per tenant is built in a for…of over the tenants table, each from the tenant's own key
// category: pricing-client
// decorators: legacy
// expect: KP91040 apiKey
// why: each instance holds a different tenant's key, which picks whose invoices come back, so instances of two tenants would share entries (principle 2).
import { memoize } from 'keyproof';

interface TenantRow { id: string; billingApiKey: string }

export class BillingClient {
  constructor(private readonly apiKey: string) {}

  @memoize({ version: 'billing-open-v1', ttl: '5m' })
  async openInvoiceCount(month: string): Promise<number> {
    const res = await fetch(`https://billing.example.com/v1/invoices?status=open&month=${month}`, {
      headers: { authorization: `Bearer ${this.apiKey}` },
    });
    return ((await res.json()) as { count: number }).count;
  }
}

const tenantRows: TenantRow[] = JSON.parse(await (await fetch('http://config.internal/tenants')).text()) as TenantRow[];
export const billingByTenant = new Map<string, BillingClient>();
for (const row of tenantRows) billingByTenant.set(row.id, new BillingClient(row.billingApiKey));
