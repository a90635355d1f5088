// origin: shape of a multi-tenant billing facade that builds one Stripe client per tenant from that tenant's secret key (your own writing, never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP* stripe|secretKey
// why: nothing less (client rule): the Stripe client is built in the constructor from a per-tenant secret key, so which account answers is part of the configuration of the service the body calls, and the key does not hold it
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PlanPrice {
  lookupKey: string;
  amount: number;
  currency: string;
  interval: 'month' | 'year' | null;
}

export class TenantBilling {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'tb-v1', ttl: '6h', cost: 0.0001 })
  async planPrice(lookupKey: string): Promise<PlanPrice | null> {
    const list = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    const p = list.data[0];
    if (!p || p.unit_amount === null) return null;
    return { lookupKey, amount: p.unit_amount, currency: p.currency, interval: p.recurring?.interval ?? null };
  }
}

export const billingFor = (tenantSecret: string) => new TenantBilling(tenantSecret);
