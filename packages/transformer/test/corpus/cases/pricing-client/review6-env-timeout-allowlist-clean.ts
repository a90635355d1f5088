// origin: review probe: an @cacheKey allow-list of the parameter, with the body's own process.env read only bounding how long the call may take
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the environment read only sets a timeout (a failed call is not cached) and the sku is in the key (principle 3, nothing more).
import { memoize } from 'keyproof';

export class ListPrices {
  /** @cacheKey sku */
  @memoize({ version: 'list-v1', ttl: '15m' })
  async listPrice(sku: string): Promise<number> {
    const res = await fetch(`https://pricing.internal/v1/list/${sku}`, {
      signal: AbortSignal.timeout(Number(process.env.PRICING_TIMEOUT_MS ?? 2000)),
    });
    return ((await res.json()) as { cents: number }).cents;
  }
}
