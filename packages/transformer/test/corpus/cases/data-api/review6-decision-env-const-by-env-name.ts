// origin: review probe: a module constant read from the environment, stated by the variable's own name (@cacheKey process.env.X)
// category: data-api
// decorators: legacy
// expect: clean
// why: the constant holds process.env.SHIPPING_REGION and that variable is in the key; a decision decides every read of the value it names (principle 1, nothing less holds).
import { memoize } from 'keyproof';

const SHIPPING_REGION = process.env.SHIPPING_REGION ?? 'eu';

export class ZonesService {
  /** @cacheKey process.env.SHIPPING_REGION */
  @memoize({ version: 'zones-v1', ttl: '1d' })
  async zones(country: string): Promise<string[]> {
      const res = await fetch(`https://zones.internal/${SHIPPING_REGION}/${country}`);
      return (await res.json()) as string[];
  }
}
