// origin: review probe: a Stripe price lookup key handed out by a settings getter over ConfigService, named ...LookupKey (credential exemption by name)
// category: pricing-client
// decorators: legacy
// expect: KP91046 planLookupKey
// why: the lookup key picks which price Stripe returns, so configuration shapes the answer though its name ends in Key; it authenticates nothing (principle 2).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PlanPrice { id: string; amount: number | null; currency: string }

@Injectable()
export class BillingSettings {
  constructor(private readonly config: ConfigService) {}

  get planLookupKey(): string {
    return this.config.getOrThrow<string>('billing.planLookupKey');
  }
}

@Injectable()
export class PlanPricing {
  constructor(
    private readonly stripe: Stripe,
    private readonly settings: BillingSettings,
  ) {}

  @memoize({ version: 'plan-price-v1', ttl: '1h', cost: 0.0001 })
  async currentPlanPrice(currency: string): Promise<PlanPrice | undefined> {
    const { data } = await this.stripe.prices.list({ lookup_keys: [this.settings.planLookupKey], active: true });
    const price = data.find((p) => p.currency === currency);
    return price && { id: price.id, amount: price.unit_amount, currency: price.currency };
  }
}
