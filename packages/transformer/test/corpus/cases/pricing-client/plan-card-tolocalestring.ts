// origin: shape of a pricing-page client that pre-formats plan prices from Stripe for the marketing site (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP91044|KP91046 toLocaleString
// why: toLocaleString(undefined, …) formats the cached price strings with the machine's default locale ("€1,234.00" vs "1.234,00 €"), an input of the machine that is not in the key (principle 4).
// widened: the writer expected KP91046; keyproof gives a value of process.env or of the machine that reaches the answer KP91044, as its README's code table says (round 10's scoring).
import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PlanCard {
  priceId: string;
  productName: string;
  display: string;
  interval: 'month' | 'year' | 'once';
}

@Injectable()
export class PlanCatalog {
  constructor(private readonly stripe: Stripe) {}

  /** The pricing page is static-rendered on every deploy preview; prices change a few times a year. */
  @memoize({ version: 'plan-cards-v2', ttl: '1d' })
  async cards(lookupKeys: string[]): Promise<PlanCard[]> {
    const prices = await this.stripe.prices.list({ lookup_keys: lookupKeys, active: true, limit: 20 });
    const cards: PlanCard[] = [];
    for (const price of prices.data) {
      const product = await this.stripe.products.retrieve(price.product);
      const amount = (price.unit_amount ?? 0) / 100;
      cards.push({
        priceId: price.id,
        productName: product.name,
        display: amount.toLocaleString(undefined, { style: 'currency', currency: price.currency.toUpperCase() }),
        interval: price.recurring?.interval ?? 'once',
      });
    }
    return cards;
  }
}
