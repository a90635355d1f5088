// origin: shape of a quote-batch client: each line item object carries a requestedAt stamp (Date.now()) for the upstream's audit, inside the array that is the memoised call's key
// category: pricing-client
// decorators: tc39
// expect: KP91020 items
import { memoize } from 'keyproof';

export interface QuoteItem { sku: string; qty: number; requestedAt: number }
interface QuoteApi { batch(items: QuoteItem[]): Promise<{ sku: string; unitCents: number }[]> }

export class BatchQuotes {
  constructor(private readonly api: QuoteApi) {}

  @memoize({ ttl: '5m' })
  async quote(items: QuoteItem[]): Promise<Record<string, number>> {
    const rows = await this.api.batch(items);
    return Object.fromEntries(rows.map((r) => [r.sku, r.unitCents]));
  }

  async quoteCart(cart: readonly { sku: string; qty: number }[]): Promise<Record<string, number>> {
    return this.quote(cart.map(({ sku, qty }) => ({ sku, qty, requestedAt: Date.now() })));
  }
}
