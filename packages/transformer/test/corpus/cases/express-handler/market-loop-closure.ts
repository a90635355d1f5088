// origin: shape of an Express router that registers one memoised price lookup per market in a loop
// category: express-handler
// decorators: tc39
// expect: KP* market
// why: each memoised function captures the loop variable `market`, which selects the upstream storefront but is not a parameter
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const MARKETS = ['de', 'fr', 'it', 'es'] as const;
type Market = (typeof MARKETS)[number];

interface Offer {
  sku: string;
  price: number;
  currency: string;
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`upstream ${res.status}`);
  return (await res.json()) as T;
}

export const router = Router();
const lookups = new Map<Market, (sku: string) => Promise<Offer>>();

for (const market of MARKETS) {
  const lookup = memoize(
    async function offerFor(sku: string): Promise<Offer> {
      return fetchJson<Offer>(`https://${market}.shop.example.com/api/offers/${encodeURIComponent(sku)}`);
    },
    { id: `offerFor.${market}`, ttl: '10m', cost: 0.001 },
  );
  lookups.set(market, lookup);
}

router.get('/offers/:market/:sku', async (req: Request<{ market: Market; sku: string }>, res: Response) => {
  const lookup = lookups.get(req.params.market);
  if (!lookup) return res.status(404).json({ error: 'unknown market' });
  return res.json(await lookup(req.params.sku));
});
