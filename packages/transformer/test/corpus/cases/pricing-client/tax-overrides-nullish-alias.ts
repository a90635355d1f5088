// origin: shape of a pricing client that reads tax-rate overrides through a `live ?? defaults` alias of an object ops can patch
// category: pricing-client
// decorators: tc39
// expect: KP* taxOverrides|liveOverrides|effective
// why: one side of `a ?? b` is an object the program mutates; the const alias is that state under another name and shapes the price unkeyed
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const DEFAULT_OVERRIDES: Readonly<Record<string, number>> = Object.freeze({ DE: 19, FR: 20, GB: 20 });

export const liveOverrides: Record<string, number> | null = process.env.TAX_LIVE === '1' ? {} : null;

/** Ops endpoint: PATCH /admin/tax/:country */
export function patchTaxRate(country: string, pct: number): void {
  if (liveOverrides) liveOverrides[country] = pct;
}

const taxOverrides = liveOverrides ?? DEFAULT_OVERRIDES;

export interface GrossPrice {
  priceId: string;
  netCents: number;
  grossCents: number;
}

export class GrossPriceClient {
  constructor(private readonly stripe: Stripe) {}

  @memoize({ version: 'gross-v1', ttl: '6h', cost: 0.0002 })
  async gross(priceId: string, country: string): Promise<GrossPrice> {
    const price = await this.stripe.prices.retrieve(priceId);
    const net = price.unit_amount ?? 0;
    const effective = taxOverrides;
    const pct = effective[country] ?? 0;
    return { priceId, netCents: net, grossCents: Math.round(net * (1 + pct / 100)) };
  }
}
