// origin: shape of a commodity-price client whose caller passes the current unix second as the as-of time
// category: pricing-client
// decorators: legacy
// expect: KP* asOf
// why: Math.floor(Date.now() / 1000) is quantised to the second, not to a day/hour/week/month, so it is a per-call clock value in the key (nothing more)
import { memoize } from 'keyproof';

interface MarketData {
  spot(symbol: string, asOfUnix: number): Promise<{ price: number; currency: string }>;
}

export class CommodityPrices {
  constructor(private readonly market: MarketData) {}

  @memoize({ version: 'v1', ttl: '1h', cost: 0.01 })
  async spot(symbol: string, asOf: number): Promise<{ symbol: string; price: number; currency: string }> {
    const s = await this.market.spot(symbol.toUpperCase(), asOf);
    return { symbol, price: s.price, currency: s.currency };
  }
}

export async function currentSpot(prices: CommodityPrices, symbol: string) {
  const asOf = Math.floor(Date.now() / 1000);
  return prices.spot(symbol, asOf);
}
