// origin: probe: an imported env's mirror host excluded with a reason
// category: data-api
// decorators: legacy
// expect: clean
// why: the mirror only changes where the same table is fetched from, and the method says so (principle 3, stated).
import { env } from 'node:process';
import { memoize } from 'keyproof';

export class ShippingZones {
  /**
   * @excludeFromKey env.ZONES_MIRROR every mirror serves the same zone table
   */
  @memoize({ version: 'zones-v1', ttl: '1d', cost: 0.0002 })
  async zones(country: string): Promise<string[]> {
    const res = await fetch(`https://${env.ZONES_MIRROR ?? 'zones.internal'}/${country}`);
    return (await res.json()) as string[];
  }
}
