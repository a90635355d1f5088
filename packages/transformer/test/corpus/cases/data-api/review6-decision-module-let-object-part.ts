// origin: review probe: a module let holding an object reconfigured at runtime, one of its parts stated
// category: data-api
// decorators: legacy
// expect: KP91045|KP91046 markup|pricing
// why: the carrier is in the key; the markup, set at runtime on the same object, changes every quoted price and is not (principle 2).
import { memoize } from 'keyproof';

let pricing = { carrier: 'dhl', markup: 1.02 };
export function configurePricing(next: { carrier: string; markup: number }): void {
  pricing = next;
}

export class Quotes {
  /** @cacheKey pricing.carrier */
  @memoize({ version: 'quotes-v1', ttl: '1h', cost: 0.001 })
  async quote(country: string, kg: number): Promise<number> {
    const res = await fetch(`https://rates.internal/${pricing.carrier}/${country}?kg=${kg}`);
    const { price } = (await res.json()) as { price: number };
    return Math.round(price * pricing.markup * 100) / 100;
  }
}
