// origin: shape of a reseller price service whose exported config (an alias of a module object) is changed by an admin endpoint
// category: pricing-client
// decorators: legacy
// expect: KP* CONFIG|BASE|markup
// why: CONFIG aliases a mutable module object that the admin route writes; its markup shapes the returned price but is not keyed
import Stripe from 'stripe';
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const BASE = { currency: 'eur', markup: 1.15, minimumCents: 99 };
export const CONFIG = BASE;

const stripe = new Stripe('sk_test_constant', { apiVersion: '2024-06-20' });

export class ResellerPrices {
  @memoize({ version: 'resell-v1', ttl: '1h', cost: 0.0001 })
  async priceFor(lookupKey: string): Promise<{ cents: number; currency: string }> {
    const { data } = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
    const wholesale = data[0]?.unit_amount ?? 0;
    const cents = Math.max(CONFIG.minimumCents, Math.round(wholesale * CONFIG.markup));
    return { cents, currency: CONFIG.currency };
  }
}

export const adminRouter = Router();
adminRouter.post('/admin/pricing', (req: Request<Record<string, string>, { markup: number }>, res: Response) => {
  CONFIG.markup = req.body.markup;
  res.json(CONFIG);
});
