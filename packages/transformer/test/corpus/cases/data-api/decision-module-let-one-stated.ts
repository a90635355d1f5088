// origin: probe: two module lets, one stated
// category: data-api
// decorators: legacy
// expect: KP91045 fxMarkup
// why: the carrier is in the key; the markup set at runtime changes the quoted prices and is not (principle 2).
import { memoize } from 'keyproof';

let carrier = 'dhl';
let fxMarkup = 1.02;
export function configureShipping(c: string, markup: number): void {
  carrier = c;
  fxMarkup = markup;
}

export class Quotes {
  /** @cacheKey carrier */
  @memoize({ version: 'quotes-v1', ttl: '1h', cost: 0.001 })
  async quote(country: string, kg: number): Promise<number> {
    const res = await fetch(`https://rates.internal/${carrier}/${country}?kg=${kg}`);
    const { price } = (await res.json()) as { price: number };
    return Math.round(price * fxMarkup * 100) / 100;
  }
}
