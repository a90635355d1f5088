// origin: review probe: `@cacheKey pricing.carrier` stated, the body taking carrier by destructuring the module's settings object
// category: data-api
// decorators: tc39
// expect: clean
// why: the only part of the settings the answer reads is the carrier, which the key states (principle 3: a decision).
import { memoize } from 'keyproof';

const pricing = { carrier: process.env.SHIPPING_CARRIER ?? 'dhl', markup: Number(process.env.SHIPPING_MARKUP ?? 0.1) };

export const deliveryDays = memoize(
  /** @cacheKey pricing.carrier */
  async function deliveryDays(postcode: string): Promise<number> {
    const { carrier } = pricing;
    const res = await fetch(`https://carriers.internal/v1/${carrier}/eta?postcode=${postcode}`);
    return ((await res.json()) as { days: number }).days;
  },
  { version: 'delivery-days-v1', ttl: '1h' },
);
