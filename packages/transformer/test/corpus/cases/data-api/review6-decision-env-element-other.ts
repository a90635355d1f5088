// origin: review probe: @cacheKey process.env.REGION stated, another variable read by element access
// category: data-api
// decorators: legacy
// expect: KP91044 CARRIER
// why: one environment variable does not decide another, however it is spelled (principle 2).
import { memoize } from 'keyproof';

export class Zones {
  /** @cacheKey process.env.REGION */
  @memoize({ version: 'zones-v1', ttl: '1d' })
  async zones(country: string): Promise<string[]> {
    const region = process.env.REGION ?? 'eu';
    const carrier = process.env['CARRIER'] ?? 'dhl';
    const res = await fetch(`https://zones.internal/${region}/${carrier}/${country}`);
    return (await res.json()) as string[];
  }
}
