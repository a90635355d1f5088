// origin: shape of a pricing client written with arrow-function class properties (issue 14: "readonly quote = memoize(async (…) => …, { id: 'PricingClient.quote' })")
// category: pricing-client
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface Quote { plan: string; seats: number; currency: string; totalCents: number }
interface PricingApi { post<T>(path: string, body: unknown): Promise<T> }

export class PricingClient {
  constructor(private readonly api: PricingApi) {}

  readonly quote = memoize(async (plan: string, seats: number, currency: 'usd' | 'eur'): Promise<Quote> => {
    return this.api.post<Quote>('/v1/quotes', { plan, seats, currency });
  }, { id: 'PricingClient.quote', ttl: '1h' });
}

export async function checkoutSummary(pricing: PricingClient, plan: string, seats: number): Promise<string> {
  const q = await pricing.quote(plan, seats, 'eur');
  return `${q.plan} × ${q.seats}: ${(q.totalCents / 100).toFixed(2)} ${q.currency.toUpperCase()}`;
}
