// origin: review probe: a client built from an options object's secretKey, the service made per tenant with the tenant's key in the options
// category: pricing-client
// decorators: legacy
// expect: KP91040 stripe
// why: each tenant's key opens that tenant's account, so it picks whose prices come back (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PricesOptions { secretKey: string; apiVersion: string }

export class AccountPrices {
  private readonly stripe: Stripe;

  constructor(options: PricesOptions) {
    this.stripe = new Stripe(options.secretKey, { apiVersion: options.apiVersion });
  }

  @memoize({ version: 'account-prices-v1', ttl: '15m' })
  async byLookup(lookupKey: string): Promise<number | null> {
    const page = await this.stripe.prices.list({ lookup_keys: [lookupKey], limit: 1 });
    return page.data[0]?.unit_amount ?? null;
  }
}

export function accountPrices(account: { stripeKey: string }): AccountPrices {
  return new AccountPrices({ secretKey: account.stripeKey, apiVersion: '2024-06-20' });
}
