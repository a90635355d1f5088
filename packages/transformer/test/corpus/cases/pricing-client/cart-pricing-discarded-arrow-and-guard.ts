// origin: shape of a Stripe-backed cart pricer that tallies lines seen and zero-priced lines for a metrics endpoint (own writing)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: `lines.forEach(() => this.linesSeen++)` throws the arrow's result away and `cond && this.zeroPriced++;` is a statement, so the counters only advance; `priceFor` is keyed on the lookup key and currency only.
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface CartLine {
  lookupKey: string;
  quantity: number;
}

export interface UnitPrice {
  lookupKey: string;
  unitAmount: number;
}

export class CartPricer {
  private linesSeen = 0;
  private zeroPriced = 0;

  constructor(private readonly stripe: Stripe) {}

  metrics(): { linesSeen: number; zeroPriced: number } {
    return { linesSeen: this.linesSeen, zeroPriced: this.zeroPriced };
  }

  async quoteCart(lines: CartLine[], currency: string): Promise<number> {
    lines.forEach(() => this.linesSeen++);
    let total = 0;
    for (const line of lines) {
      const price = await this.priceFor(line.lookupKey, currency.toLowerCase());
      price.unitAmount === 0 && this.zeroPriced++;
      total += price.unitAmount * line.quantity;
    }
    return total;
  }

  @memoize({ version: 'stripe-2024-06-20', ttl: '1h', cost: 0.0005 })
  async priceFor(lookupKey: string, currency: string): Promise<UnitPrice> {
    const list = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 10 });
    const price = list.data.find((p) => p.currency === currency);
    return { lookupKey, unitAmount: price?.unit_amount ?? 0 };
  }
}
