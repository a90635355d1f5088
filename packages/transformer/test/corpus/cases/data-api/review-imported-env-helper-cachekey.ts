// origin: review probe: `import { env } from 'node:process'` read in a helper and stated with `@cacheKey env.SHIPPING_REGION` (imported names in scope for @cacheKey)
// category: data-api
// decorators: tc39
// expect: clean
// why: the region the helper reads is stated in the key under the name the file imports, so a change of region is another entry (nothing less holds).
import { env } from 'node:process';
import { memoize } from 'keyproof';

function regionBase(): string {
  return `https://zones.internal/${env.SHIPPING_REGION ?? 'eu'}`;
}

export class ShippingZones {
  /**
   * Zones a country ships to.
   * @cacheKey country
   * @cacheKey env.SHIPPING_REGION
   */
  @memoize({ version: 'zones-v1', ttl: '1d', cost: 0.0002 })
  async zones(country: string): Promise<string[]> {
    const res = await fetch(`${regionBase()}/${country}`);
    return (await res.json()) as string[];
  }
}
