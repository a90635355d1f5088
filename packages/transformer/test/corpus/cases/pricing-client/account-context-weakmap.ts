// origin: shape of a multi-merchant pricing module that keeps per-client context in a WeakMap (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP91046 accountContext
// why: the memoised function reads the merchant's connected account from the module WeakMap `accountContext` and sends it to Stripe; that context is set at run time per client and nothing decides it (principle 2).
import Stripe from 'stripe';
import { memoize } from 'keyproof';

interface MerchantContext {
  stripeAccount: string;
  locale: string;
}

/** Context attached to each Stripe client when a merchant session starts. */
const accountContext = new WeakMap<Stripe, MerchantContext>();

export function attachMerchant(stripe: Stripe, ctx: MerchantContext): void {
  accountContext.set(stripe, ctx);
}

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

export interface CatalogEntry {
  productId: string;
  name: string;
  active: boolean;
}

export const merchantCatalog = memoize(
  async function merchantCatalog(includeInactive: boolean): Promise<CatalogEntry[]> {
    const ctx = accountContext.get(stripe);
    if (!ctx) throw new Error('no merchant attached');
    const { data } = await stripe.products.list(
      { active: includeInactive ? undefined : true, limit: 100 },
      { stripeAccount: ctx.stripeAccount },
    );
    return data.map((p) => ({ productId: p.id, name: p.name, active: p.active }));
  },
  { version: 'merchant-catalog-v1', ttl: '15m', cost: 0.0001 },
);

export async function onMerchantLogin(accountId: string, locale: string) {
  attachMerchant(stripe, { stripeAccount: accountId, locale });
  return merchantCatalog(false);
}
