// origin: shape of a checkout pricing service: priceCart(cartId, cart) with the cart id excluded, called with the whole persisted cart (which also carries cartId) thanks to structural typing
// category: pricing-client
// decorators: legacy
// expect: KP91011|KP91012|KP91020 cartId
import { memoize } from 'keyproof';

export interface LineItem { sku: string; qty: number }
export interface CartContents { items: LineItem[]; currency: 'usd' | 'eur'; coupon?: string }
export interface StoredCart extends CartContents { cartId: string; customerId: string; updatedAt: string }
export interface PricedCart { subtotalCents: number; discountCents: number; taxCents: number }
interface PriceEngine { price(cart: CartContents): Promise<PricedCart> }

export class CartPricing {
  constructor(private readonly engine: PriceEngine) {}

  /**
   * Price a cart's contents. Identical carts share a price.
   * @excludeFromKey cartId logging only
   */
  @memoize({ ttl: '10m' })
  async priceCart(cartId: string, cart: CartContents): Promise<PricedCart> {
    return this.engine.price({ items: cart.items, currency: cart.currency, ...(cart.coupon !== undefined ? { coupon: cart.coupon } : {}) });
  }
}

export async function reprice(pricing: CartPricing, stored: StoredCart): Promise<PricedCart> {
  return pricing.priceCart(stored.cartId, stored);
}
