// origin: shape of a cart-pricing client that builds its line list with push in a loop (sku and quantity only) while a per-call request id and timestamp go into a separate audit array that is only logged
// category: pricing-client
// decorators: tc39
// expect: clean
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

export interface Line { sku: string; quantity: number }
interface PriceApi { price(currency: string, lines: Line[]): Promise<{ totalCents: number }> }
interface CartItem { sku: string; quantity: number; addedAt: number }

export class CartPricer {
  constructor(private readonly api: PriceApi) {}

  @memoize({ ttl: '10m' })
  async price(currency: string, lines: Line[]): Promise<number> {
    const { totalCents } = await this.api.price(currency, lines);
    return totalCents;
  }

  async priceCart(currency: string, items: readonly CartItem[]): Promise<number> {
    const lines: Line[] = [];
    const audit: string[] = [];
    for (const item of items) {
      lines.push({ sku: item.sku, quantity: item.quantity });
      audit.push(`${randomUUID()} ${Date.now()} ${item.sku}`);
    }
    lines.sort((a, b) => a.sku.localeCompare(b.sku));
    console.info('pricing cart', audit.join(', '));
    return this.price(currency, lines);
  }
}
