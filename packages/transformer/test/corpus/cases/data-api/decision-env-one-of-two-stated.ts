// origin: probe: one environment variable stated, another read and sent
// category: data-api
// decorators: tc39
// expect: KP91044 SHIPPING_CARRIER
// why: the region is in the key, but the carrier also picks the zone table and nothing states it; one variable does not decide another (principle 2).
import { memoize } from 'keyproof';

export class ShippingZones {
  /**
   * @cacheKey process.env.SHIPPING_REGION
   */
  @memoize({ version: 'zones-v1', ttl: '1d', cost: 0.0002 })
  async zones(country: string): Promise<string[]> {
    const region = process.env.SHIPPING_REGION ?? 'eu';
    const carrier = process.env.SHIPPING_CARRIER ?? 'dhl';
    const res = await fetch(`https://zones.internal/${region}/${carrier}/${country}`);
    return (await res.json()) as string[];
  }
}
