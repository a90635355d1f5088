// origin: shape of a NestJS pricing service returning DTO instances with nested value objects (your own writing)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the result holds instances of the module's own exported classes (in an array, a Map and a nullable property): they round-trip with their prototype
import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

export class MoneyDto {
  constructor(public amount: number, public currency: string) {}
  format(): string {
    return `${(this.amount / 100).toFixed(2)} ${this.currency.toUpperCase()}`;
  }
}

export class PlanDto {
  constructor(public id: string, public name: string, public monthly: MoneyDto | null) {}
  get isFree(): boolean {
    return this.monthly === null || this.monthly.amount === 0;
  }
}

@Injectable()
export class PlansService {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'plans-v3', ttl: '6h', cost: 0.002 })
  async plans(productIds: string[]): Promise<{ plans: PlanDto[]; byId: Map<string, PlanDto> }> {
    const plans: PlanDto[] = [];
    for (const productId of productIds) {
      const product = await this.stripe.products.retrieve(productId);
      const prices = await this.stripe.prices.list({ product: productId, active: true, limit: 10 });
      const monthly = prices.data.find((p) => p.recurring?.interval === 'month');
      plans.push(new PlanDto(product.id, product.name, monthly ? new MoneyDto(monthly.unit_amount ?? 0, monthly.currency) : null));
    }
    return { plans, byId: new Map(plans.map((p) => [p.id, p])) };
  }
}
