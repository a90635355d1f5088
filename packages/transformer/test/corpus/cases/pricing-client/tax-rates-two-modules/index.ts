// origin: shape of a tax module split in two files (memoize(byZone) where byZone is declared in another module of the program; issue 14 lists it as a false 91008)
// category: pricing-client
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
import { byZone } from './by-zone';

export const taxRate = memoize(byZone, { ttl: '1d' });

export async function vatFor(amountCents: number, zone: string): Promise<number> {
  const { ratePercent } = await taxRate(zone, false);
  return Math.round((amountCents * ratePercent) / 100);
}
