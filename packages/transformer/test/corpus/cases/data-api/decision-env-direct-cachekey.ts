// origin: probe
// category: data-api
// decorators: tc39
// expect: clean
// why: stated
import { memoize } from 'keyproof';

export class ShippingZones {
  /**
   * @cacheKey country
   * @cacheKey process.env.SHIPPING_REGION
   */
  @memoize({ version: 'zones-v1', ttl: '1d', cost: 0.0002 })
  async zones(country: string): Promise<string[]> {
    const res = await fetch(`https://zones.internal/${process.env.SHIPPING_REGION ?? 'eu'}/${country}`);
    return (await res.json()) as string[];
  }
}
