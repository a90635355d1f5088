// origin: shape of a Stripe Connect price lookup that acts on behalf of a platform account from env (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP91044 STRIPE_CONNECT_ACCOUNT
// why: the Stripe-Account option chooses whose prices are listed, and it is read from process.env inside the memoised method without a key decision (principle 2).
import { Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PriceRow {
  id: string;
  amount: number | null;
  currency: string;
  lookupKey: string | null;
}

@Injectable()
export class ResellerPrices {
  private readonly logger = new Logger('ResellerPrices');

  constructor(private readonly stripe: Stripe) {}

  /** Prices of one product as configured on the reseller's connected account. */
  @memoize({ version: 'reseller-prices-v1', ttl: '1h' })
  async forProduct(productId: string): Promise<PriceRow[]> {
    const account = process.env.STRIPE_CONNECT_ACCOUNT;
    const list = await this.stripe.prices.list(
      { product: productId, active: true, limit: 100 },
      account ? { stripeAccount: account } : undefined,
    );
    this.logger.log(`listed ${list.data.length} prices for ${productId}`);
    return list.data.map((p) => ({ id: p.id, amount: p.unit_amount, currency: p.currency, lookupKey: p.lookup_key }));
  }
}
