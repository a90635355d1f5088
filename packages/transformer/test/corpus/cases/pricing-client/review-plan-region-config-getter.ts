// origin: review probe: the twin of plan-lookup-key-config with a non-credential name (a getter over ConfigService, another service)
// category: pricing-client
// decorators: legacy
// expect: KP91046 planProduct
// why: the configured product picks which prices Stripe returns, and another service's getter hands it out, so configuration shapes the answer (principle 2).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export interface PlanPrice { id: string; amount: number | null; currency: string }

@Injectable()
export class BillingSettings {
  constructor(private readonly config: ConfigService) {}

  get planProduct(): string {
    return this.config.getOrThrow<string>('billing.planProduct');
  }
}

@Injectable()
export class PlanPricing {
  constructor(
    private readonly stripe: Stripe,
    private readonly settings: BillingSettings,
  ) {}

  @memoize({ version: 'plan-price-v1', ttl: '1h', cost: 0.0001 })
  async prices(currency: string): Promise<PlanPrice[]> {
    const { data } = await this.stripe.prices.list({ product: this.settings.planProduct, active: true });
    return data.filter((p) => p.currency === currency).map((p) => ({ id: p.id, amount: p.unit_amount, currency: p.currency }));
  }
}
