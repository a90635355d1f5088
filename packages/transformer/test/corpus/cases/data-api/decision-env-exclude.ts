// origin: probe
// category: data-api
// decorators: tc39
// expect: clean
// why: stated
import { memoize } from 'keyproof';

export class ShippingZones {
  /**
   * @excludeFromKey process.env.ZONES_MIRROR every mirror serves the same zone table
   */
  @memoize({ version: 'zones-v1', ttl: '1d', cost: 0.0002 })
  async zones(country: string): Promise<string[]> {
    const res = await fetch(`https://${process.env.ZONES_MIRROR ?? 'zones.internal'}/${country}`);
    return (await res.json()) as string[];
  }
}
