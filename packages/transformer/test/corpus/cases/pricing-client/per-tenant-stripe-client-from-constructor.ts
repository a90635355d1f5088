// origin: shape of a multi-tenant billing client that builds its own Stripe client from the tenant's secret key (your own writing)
// category: pricing-client
// decorators: legacy
// expect: KP* stripe|secretKey
// why: the Stripe client is built from a per-tenant constructor argument, so it identifies the tenant's account; price lists differ per account but nothing tenant-specific is keyed
import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PriceRow { id: string; lookupKey: string | null; cents: number; interval: 'month' | 'year' | null }

@Injectable()
export class TenantBilling {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'prices-v1', ttl: '1h', cost: 0.001 })
  async pricesFor(lookupKeys: string[]): Promise<PriceRow[]> {
    const list = await this.stripe.prices.list({ lookup_keys: lookupKeys, active: true, limit: 100 });
    return list.data.map((p) => ({ id: p.id, lookupKey: p.lookup_key, cents: p.unit_amount ?? 0, interval: p.recurring?.interval ?? null }));
  }
}
