// origin: shape of a pricing client merging module-level overrides (set by an admin hook) over defaults with Object.assign (your own writing)
// category: pricing-client
// decorators: legacy
// expect: KP* overrides
// why: `overrides` is mutable module state (replaced by `setPricingOverrides`); merged into the request options it shapes the answer but is not keyed (nothing less)
import { memoize } from 'keyproof';

interface RateCard { sku: string; unitCents: number; tier: string }
interface PricingHttp { post<T>(path: string, body: unknown): Promise<T> }

const DEFAULT_OPTIONS = Object.freeze({ tier: 'standard', includeTax: false, region: 'us-east' });

let overrides: Partial<{ tier: string; includeTax: boolean; region: string }> = {};

export function setPricingOverrides(next: typeof overrides): void {
  overrides = next;
}

export class RateCardClient {
  constructor(private readonly http: PricingHttp) {}

  @memoize({ version: 'rc-v1', ttl: '2h', cost: 0.0015 })
  async rateCard(skus: string[]): Promise<RateCard[]> {
    const options = Object.assign({}, DEFAULT_OPTIONS, overrides);
    const rows = await this.http.post<RateCard[]>('/v1/rate-cards/search', { skus: [...skus].sort(), ...options });
    return rows.map((r) => ({ ...r, unitCents: Math.round(r.unitCents) }));
  }
}
