// origin: review probe: a module's rate table written through a helper that takes it as a parameter (apply(table, patch)), read into the answer
// category: pricing-client
// decorators: tc39
// expect: KP91046 rates
// why: the table changes while the process runs, so two calls with the same arguments can get different prices from one entry (principle 2).
import { memoize } from 'keyproof';

class RateTable {
  vatRate = 0.2;
  updatedAt = '';
  lookup(country: string): number {
    return country === 'GB' ? this.vatRate : 0;
  }
}

const rates = new RateTable();

function applyPatch(table: RateTable, patch: { vatRate: number; updatedAt: string }): void {
  table.vatRate = patch.vatRate;
  table.updatedAt = patch.updatedAt;
}

export async function onRatesChanged(payload: string): Promise<void> {
  applyPatch(rates, JSON.parse(payload) as { vatRate: number; updatedAt: string });
}

export const grossPrice = memoize(
  async function grossPrice(sku: string, country: string): Promise<number> {
    const res = await fetch(`https://catalog.internal/v1/skus/${sku}`);
    const { net } = (await res.json()) as { net: number };
    return net * (1 + rates.lookup(country));
  },
  { version: 'gross-price-v1', ttl: '1h' },
);
