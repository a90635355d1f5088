// origin: review probe: a module settings object built from two env variables, one of its parts stated with @cacheKey
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 carrier|CARRIER
// why: the region is in the key but the carrier also picks the rate table and nothing states it; a decision on one part does not decide another (principle 2).
import { memoize } from 'keyproof';

const shipping = {
  region: process.env.SHIPPING_REGION ?? 'eu',
  carrier: process.env.SHIPPING_CARRIER ?? 'dhl',
};

export class Rates {
  /** @cacheKey shipping.region */
  @memoize({ version: 'rates-v1', ttl: '1h', cost: 0.001 })
  async rate(country: string, kg: number): Promise<number> {
    const res = await fetch(`https://rates.internal/${shipping.region}/${shipping.carrier}/${country}?kg=${kg}`);
    return ((await res.json()) as { price: number }).price;
  }
}
