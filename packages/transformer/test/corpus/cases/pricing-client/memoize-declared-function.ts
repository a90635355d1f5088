// origin: shape of a tax-rate module (memoize(byZone) where byZone is a function declared in the same file; issue 14 lists it as a false 91008)
// category: pricing-client
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface TaxRate { zone: string; ratePercent: number; reverseCharge: boolean }

async function byZone(zone: string, businessCustomer: boolean): Promise<TaxRate> {
  const res = await fetch(`https://tax.internal/v1/rates/${encodeURIComponent(zone)}`);
  const { rate } = (await res.json()) as { rate: number };
  return { zone, ratePercent: rate, reverseCharge: businessCustomer && zone !== 'DE' };
}

export const taxRate = memoize(byZone, { ttl: '1d' });

export async function taxFor(amountCents: number, zone: string, b2b: boolean): Promise<number> {
  const { ratePercent, reverseCharge } = await taxRate(zone, b2b);
  return reverseCharge ? 0 : Math.round((amountCents * ratePercent) / 100);
}
