// origin: review probe: the app's composition root takes the loaded configuration object as a parameter and builds the client from its key
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the only call of the composition root passes the process's configuration, so the key is the platform's own and only authenticates (principle 3: a credential).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

interface AppConfig { stripeSecretKey: string; port: number }

export class PlanPrices {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }

  @memoize({ version: 'plan-prices-v1', ttl: '15m' })
  async monthly(lookupKey: string): Promise<number | null> {
    const page = await this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    return page.data[0]?.unit_amount ?? null;
  }
}

function loadConfig(): AppConfig {
  return { stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '', port: Number(process.env.PORT ?? 3000) };
}

export function createServices(config: AppConfig): { prices: PlanPrices } {
  return { prices: new PlanPrices(config.stripeSecretKey) };
}

export const services = createServices(loadConfig());
