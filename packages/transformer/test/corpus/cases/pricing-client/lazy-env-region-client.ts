// origin: shape of a shipping-rate module with a lazily created client whose region comes from the environment
// category: pricing-client
// decorators: legacy
// expect: KP* PRICING_REGION|client|getClient|region
// why: the singleton client is configured from process.env.PRICING_REGION, which selects the regional rate card; its identity is not keyed
import { memoize } from 'keyproof';

class RateCardClient {
  private readonly base: string;

  constructor(region: string) {
    this.base = `https://rates.${region}.carrier.example.com`;
  }

  async rate(service: string, weightGrams: number, zone: number): Promise<{ cents: number; currency: string }> {
    const res = await fetch(`${this.base}/v2/rate?service=${service}&g=${weightGrams}&zone=${zone}`);
    return (await res.json()) as { cents: number; currency: string };
  }
}

let client: RateCardClient | undefined;
function getClient(): RateCardClient {
  return (client ??= new RateCardClient(process.env.PRICING_REGION ?? 'eu-central'));
}

export class ShippingRates {
  @memoize({ version: 'rates-v1', ttl: '1d', cost: 0.0005 })
  async rate(service: 'standard' | 'express', weightGrams: number, zone: number): Promise<{ cents: number; currency: string }> {
    const rounded = Math.ceil(weightGrams / 250) * 250;
    return getClient().rate(service, rounded, zone);
  }
}
