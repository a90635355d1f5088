// origin: review probe: two module constants from the environment, one stated by name
// category: data-api
// decorators: legacy
// expect: KP91044 SHIPPING_CARRIER
// why: the stated constant does not decide the other (principle 2).
import { memoize } from 'keyproof';

const SHIPPING_REGION = process.env.SHIPPING_REGION ?? 'eu';
const SHIPPING_CARRIER = process.env.SHIPPING_CARRIER ?? 'dhl';

export class Zones {
  /** @cacheKey SHIPPING_REGION */
  @memoize({ version: 'zones-v1', ttl: '1d' })
  async zones(country: string): Promise<string[]> {
    const res = await fetch(`https://zones.internal/${SHIPPING_REGION}/${SHIPPING_CARRIER}/${country}`);
    return (await res.json()) as string[];
  }
}
