// origin: shape of an Express quote route that merges query options over defaults and defines a memoised helper inside the handler (your own writing)
// category: express-handler
// decorators: tc39
// expect: KP* opts|currency
// why: the memoised helper captures `opts`, merged from the request's query; its currency goes upstream but is not a key field (nothing less)
import { Router, type Request, type Response } from 'express';
import Stripe from 'stripe';
import { memoize } from 'keyproof';

const stripe = new Stripe('sk_live_placeholder');
const DEFAULTS = { currency: 'usd', includeInactive: false };

export const quotes = Router();

quotes.get('/quotes/:product', async (req: Request<{ product: string }>, res: Response) => {
  const opts = Object.assign({}, DEFAULTS, {
    currency: req.query.currency ?? DEFAULTS.currency,
    includeInactive: req.query.all === '1',
  });

  const cheapest = memoize(
    async function cheapest(product: string): Promise<number | null> {
      const list = await stripe.prices.list({ product, active: opts.includeInactive ? undefined : true, limit: 100 });
      const amounts = list.data.filter((p) => p.currency === opts.currency).map((p) => p.unit_amount ?? Infinity);
      return amounts.length ? Math.min(...amounts) : null;
    },
    { cost: 0.001, ttl: '10m' },
  );

  res.json({ product: req.params.product, cheapest: await cheapest(req.params.product) });
});
