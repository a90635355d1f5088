// origin: shape of a wholesale-pricing client class that builds its HTTP client from a per-tenant region passed to the constructor
// category: pricing-client
// decorators: legacy
// expect: KP* client|region
// why: the client is built from a per-tenant constructor argument (its base URL names the tenant's region), so it identifies the answer but is not keyed (a client whose own configuration identifies it)
import { memoize } from 'keyproof';

declare class PricingApi {
  constructor(options: { baseUrl: string; timeoutMs?: number });
  quote(sku: string, quantity: number): Promise<{ unitCents: number; currency: string }>;
}

export interface Quote {
  sku: string;
  quantity: number;
  totalCents: number;
  currency: string;
}

export class WholesalePricing {
  private readonly client: PricingApi;

  constructor(region: 'us' | 'eu' | 'apac') {
    this.client = new PricingApi({ baseUrl: `https://${region}.wholesale.example.com/v1`, timeoutMs: 4_000 });
  }

  @memoize({ version: 'v1', ttl: '1h', cost: 0.002 })
  async quote(sku: string, quantity: number): Promise<Quote> {
    const q = await this.client.quote(sku, quantity);
    return { sku, quantity, totalCents: q.unitCents * quantity, currency: q.currency };
  }
}

export const usPricing = new WholesalePricing('us');
export const euPricing = new WholesalePricing('eu');
