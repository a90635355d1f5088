// origin: shape of a tariff client for energy prices ("prices effective as of now", luxon DateTime in the original) calling its own memoised tariff lookup
// category: pricing-client
// decorators: tc39
// expect: KP91020 asOf
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface Tariff { zone: string; asOf: string; eurPerKwh: number }
interface TariffApi { get(zone: string, at: string): Promise<{ price: number }> }

export class TariffClient {
  constructor(private readonly api: TariffApi) {}

  @memoize({ ttl: '15m' })
  async tariff(zone: string, asOf: string): Promise<Tariff> {
    const { price } = await this.api.get(zone, asOf);
    return { zone, asOf, eurPerKwh: price };
  }

  async current(zone: string): Promise<Tariff> {
    const asOf = DateTime.now().setZone('Europe/Berlin').toISO() ?? '';
    return this.tariff(zone, asOf);
  }
}
