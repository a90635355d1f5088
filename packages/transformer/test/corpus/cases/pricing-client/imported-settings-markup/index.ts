// origin: shape of a reseller pricing client that applies a markup from an imported, admin-editable settings object
// category: pricing-client
// decorators: legacy
// expect: KP* settings|markupPct
// why: settings is an imported mutable config object (Object.assign rewrites it); its markupPct shapes the returned price but is not keyed (nothing less)
import { memoize } from 'keyproof';
import { settings } from './settings';

interface SupplierApi {
  cost(sku: string): Promise<number>;
}

export class ResellerPricing {
  constructor(private readonly supplier: SupplierApi) {}

  @memoize({ version: 'v1', ttl: '1h', cost: 0.001 })
  async retailPrice(sku: string): Promise<number> {
    const costCents = await this.supplier.cost(sku);
    const marked = costCents * (1 + settings.markupPct / 100);
    return Math.ceil(marked / settings.roundingCents) * settings.roundingCents;
  }
}
