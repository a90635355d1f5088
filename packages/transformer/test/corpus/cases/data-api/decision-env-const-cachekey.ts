// origin: probe
// category: data-api
// decorators: tc39
// expect: clean
// why: stated
import { memoize } from 'keyproof';

const SHIPPING_REGION = process.env.SHIPPING_REGION ?? 'eu';
let carrier = 'dhl';
export function useCarrier(c: string): void { carrier = c; }

export class ShippingZones {
  /**
   * @cacheKey country
   * @cacheKey SHIPPING_REGION
   * @cacheKey carrier
   */
  @memoize({ version: 'zones-v1', ttl: '1d', cost: 0.0002 })
  async zones(country: string): Promise<string[]> {
    const res = await fetch(`https://zones.internal/${SHIPPING_REGION}/${carrier}/${country}`);
    return (await res.json()) as string[];
  }
}
