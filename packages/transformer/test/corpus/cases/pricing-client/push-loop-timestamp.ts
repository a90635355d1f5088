// origin: shape of a shipping-rates client building its parcel list with a for...of loop and push, stamping each parcel with Date.now() for the carrier's audit trail
// category: pricing-client
// decorators: legacy
// expect: KP91020 parcels
import { memoize } from 'keyproof';

export interface Parcel { weightGrams: number; lengthCm: number; stampedAt: number }
interface RatesApi { rates(fromZip: string, toZip: string, parcels: Parcel[]): Promise<{ service: string; cents: number }[]> }

export class ShippingRates {
  constructor(private readonly api: RatesApi) {}

  @memoize({ ttl: '15m' })
  async rates(fromZip: string, toZip: string, parcels: Parcel[]): Promise<{ service: string; cents: number }[]> {
    return this.api.rates(fromZip, toZip, parcels);
  }

  async forOrder(fromZip: string, toZip: string, boxes: readonly { grams: number; cm: number }[]): Promise<number> {
    const parcels: Parcel[] = [];
    for (const box of boxes) parcels.push({ weightGrams: box.grams, lengthCm: box.cm, stampedAt: Date.now() });
    const options = await this.rates(fromZip, toZip, parcels);
    return Math.min(...options.map((o) => o.cents));
  }
}
