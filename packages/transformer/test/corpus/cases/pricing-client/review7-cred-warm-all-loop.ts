// origin: review probe: a function builds one client per tenant in a for…of over the rows it loads, each from the tenant's key
// category: pricing-client
// decorators: legacy
// expect: KP91040 apiKey
// why: the key comes from each tenant's record, so it picks whose usage comes back; instances of two tenants share entries (principle 2).
import { memoize } from 'keyproof';

interface Tenant { id: string; meterKey: string }

export class MeterUsage {
  constructor(private readonly apiKey: string) {}

  @memoize({ version: 'meter-usage-v1', ttl: '10m' })
  async total(month: string): Promise<number> {
    const res = await fetch(`https://meter.example.com/v1/usage?month=${month}`, { headers: { 'x-api-key': this.apiKey } });
    return ((await res.json()) as { total: number }).total;
  }
}

async function loadTenants(): Promise<Tenant[]> {
  return (await (await fetch('http://tenants.internal/all')).json()) as Tenant[];
}

export async function buildMeters(): Promise<Map<string, MeterUsage>> {
  const meters = new Map<string, MeterUsage>();
  for (const tenant of await loadTenants()) meters.set(tenant.id, new MeterUsage(tenant.meterKey));
  return meters;
}
