// origin: review probe: `import { env } from 'node:process'` read in the body and named by @cacheKey (imported names in scope for @cacheKey)
// category: data-api
// decorators: tc39
// expect: clean
// why: the region from the environment is in the key, so a change of region is a different entry (nothing less holds).
import { env } from 'node:process';
import { memoize } from 'keyproof';

export class ShippingZones {
  /**
   * @cacheKey country
   * @cacheKey env.SHIPPING_REGION
   */
  @memoize({ version: 'zones-v1', ttl: '1d', cost: 0.0002 })
  async zones(country: string): Promise<string[]> {
    const res = await fetch(`https://zones.internal/${env.SHIPPING_REGION ?? 'eu'}/${country}`);
    return (await res.json()) as string[];
  }
}
