// origin: shape of a pricing client that applies per-account contract discounts a billing webhook writes into a Map
// category: pricing-client
// decorators: legacy
// expect: KP* discountByAccount
// why: a table other code fills (the webhook handler) and the memoised body reads is state, not the method's own memo; it shapes the returned price unkeyed
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const discountByAccount = new Map<string, number>();

/** Billing webhook: contract.updated */
export function onContractUpdated(event: { accountId: string; discountPct: number }): void {
  discountByAccount.set(event.accountId, event.discountPct);
}

export interface AccountPrice {
  priceId: string;
  currency: string;
  amountCents: number;
}

export class AccountPricing {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'acct-price-v2', ttl: '12h', cost: 0.0002 })
  async priceFor(accountId: string, lookupKey: string): Promise<AccountPrice | null> {
    const list = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    const price = list.data[0];
    if (!price || price.unit_amount === null) return null;
    const discount = discountByAccount.get(accountId) ?? 0;
    return {
      priceId: price.id,
      currency: price.currency,
      amountCents: Math.round(price.unit_amount * (1 - discount / 100)),
    };
  }
}
