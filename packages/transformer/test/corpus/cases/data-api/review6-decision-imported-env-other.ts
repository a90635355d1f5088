// origin: review probe: env imported from node:process, one variable stated as env.X, another read as env.Y
// category: data-api
// decorators: legacy
// expect: KP91044 SHIPPING_CARRIER|CARRIER
// why: one environment variable does not decide another (principle 2).
import { env } from 'node:process';
import { memoize } from 'keyproof';

export class ZonesService {
  /** @cacheKey env.SHIPPING_REGION */
  @memoize({ version: 'zones-v1', ttl: '1d' })
  async zones(country: string): Promise<string[]> {
      const res = await fetch(`https://zones.internal/${env.SHIPPING_REGION ?? 'eu'}/${env.SHIPPING_CARRIER ?? 'dhl'}/${country}`);
      return (await res.json()) as string[];
  }
}
