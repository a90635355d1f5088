// origin: shape of a price calculator reading a feature-flag object the app bootstrap hangs on globalThis
// category: pricing-client
// decorators: tc39
// expect: KP* pricingFlags|globalThis
// why: a globalThis flag decides whether tax-inclusive prices are requested upstream, but it is neither keyed nor excluded (nothing less: ambient global)
import { memoize } from 'keyproof';

declare global {
  // `var`: a global declaration needs it (`let` and `const` do not add to globalThis)
  var pricingFlags: { taxInclusive: boolean; roundTo99: boolean } | undefined;
}

interface PriceEngine {
  price(sku: string, country: string, opts: { taxInclusive: boolean }): Promise<number>;
}

export class DisplayPrices {
  constructor(private readonly engine: PriceEngine) {}

  @memoize({ version: 'v1', ttl: '30m', cost: 0.0002 })
  async displayPrice(sku: string, country: string): Promise<number> {
    const taxInclusive = globalThis.pricingFlags?.taxInclusive ?? false;
    const cents = await this.engine.price(sku, country, { taxInclusive });
    return cents;
  }
}
