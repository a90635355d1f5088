// origin: shape of a price-list helper that switches on a module-level pricing mode toggled by an admin endpoint (your own writing, never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP* pricingMode
// why: nothing less: a switch over the mutable module-level pricingMode chooses which Stripe lookup keys are fetched, and the mode is not in the key
import Stripe from 'stripe';
import { memoize } from 'keyproof';

type PricingMode = 'list' | 'partner' | 'promo';

let pricingMode: PricingMode = 'list';

export function setPricingMode(mode: PricingMode): void {
  pricingMode = mode;
}

const stripe = new Stripe('sk_live_redacted', { apiVersion: '2024-06-20' });

export const pricesFor = memoize(
  async function pricesFor(product: string): Promise<{ id: string; amount: number | null; currency: string }[]> {
    let keys: string[];
    switch (pricingMode) {
      case 'partner':
        keys = [`${product}_partner_monthly`, `${product}_partner_yearly`];
        break;
      case 'promo':
        keys = [`${product}_promo`];
        break;
      default:
        keys = [`${product}_monthly`, `${product}_yearly`];
    }
    const list = await stripe.prices.list({ lookup_keys: keys, active: true, limit: 10 });
    return list.data.map((p) => ({ id: p.id, amount: p.unit_amount, currency: p.currency }));
  },
  { version: 'pl-v1', ttl: '1h', cost: 0.0001 },
);
