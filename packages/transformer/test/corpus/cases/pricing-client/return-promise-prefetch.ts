// origin: shape of a price lookup that returns the price plus a still-running prefetch of the related product (your own writing)
// category: pricing-client
// decorators: tc39
// expect: KP* priceWithProduct
// why: the declared result holds a Promise inside the value (`product`), which cannot be stored (return value)
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PriceBundle { price: Stripe.Price; product: Promise<Stripe.Product> }

export class PriceLookup {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'pl-v1', ttl: '10m', cost: 0.001 })
  async priceWithProduct(priceId: string): Promise<PriceBundle> {
    const price = await this.stripe.prices.retrieve(priceId);
    return { price, product: this.stripe.products.retrieve(price.product) };
  }

  async describe(priceId: string): Promise<string> {
    const bundle = await this.priceWithProduct(priceId);
    const product = await bundle.product;
    const amount = ((bundle.price.unit_amount ?? 0) / 100).toFixed(2);
    return `${product.name}: ${amount} ${bundle.price.currency.toUpperCase()}`;
  }
}
