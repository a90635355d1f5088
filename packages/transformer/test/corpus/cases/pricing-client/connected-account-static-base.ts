// origin: shape of a Stripe Connect price lookup where an abstract base client holds the currently selected connected account in a static
// category: pricing-client
// decorators: legacy
// expect: KP* activeAccount|requestOptions
// why: activePrices() passes this.requestOptions() to prices.list, and the base-class helper reads the mutable static ConnectedStripeClient.activeAccount, which decides whose prices come back.
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PlanPrice {
  priceId: string;
  amount: number;
  currency: string;
  interval: 'month' | 'year' | 'one-time';
}

export abstract class ConnectedStripeClient {
  /** Switched by the back office when an operator opens another merchant's account. */
  static activeAccount: string | undefined;

  static switchAccount(accountId: string | undefined): void {
    ConnectedStripeClient.activeAccount = accountId;
  }

  protected constructor(protected readonly stripe: Stripe) {}

  /** Name used in log lines. */
  protected abstract readonly clientName: string;

  protected requestOptions(): Stripe.RequestOptions {
    const account = ConnectedStripeClient.activeAccount;
    return account ? { stripeAccount: account } : {};
  }
}

export class PlanPriceClient extends ConnectedStripeClient {
  protected readonly clientName = 'plan-prices';

  constructor(stripe: Stripe) {
    super(stripe);
  }

  @memoize({ version: 'plan-prices-v1', ttl: '15m' })
  async activePrices(productId: string): Promise<PlanPrice[]> {
    const list = await this.stripe.prices.list(
      { product: productId, active: true, limit: 100 },
      this.requestOptions(),
    );
    return list.data.map((price) => ({
      priceId: price.id,
      amount: price.unit_amount ?? 0,
      currency: price.currency,
      interval: price.recurring?.interval ?? 'one-time',
    }));
  }
}
