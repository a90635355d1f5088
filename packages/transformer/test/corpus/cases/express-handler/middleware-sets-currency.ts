// origin: shape of an Express app where a middleware stores the shopper's currency in a module variable that a memoised price formatter reads
// category: express-handler
// decorators: legacy
// expect: KP* currentCurrency
// why: the memoised function reads mutable module state written by middleware and uses it in the upstream call; it is not in the key (nothing less)
import { Router, type Request, type Response, type NextFunction } from 'express';
import { memoize } from 'keyproof';

let currentCurrency = 'USD';

declare const fx: { convert(amountCents: number, from: string, to: string): Promise<number> };

export function currencyMiddleware(req: Request, _res: Response, next: NextFunction): void {
  currentCurrency = req.header('x-currency') ?? 'USD';
  next();
}

const localPrice = memoize(
  async function localPrice(amountCents: number): Promise<{ amount: number; currency: string }> {
    const amount = await fx.convert(amountCents, 'USD', currentCurrency);
    return { amount, currency: currentCurrency };
  },
  { ttl: '15m', cost: 0.0001 },
);

export const prices = Router();

prices.get('/price/:cents', async (req: Request<{ cents: string }>, res: Response) => {
  res.json(await localPrice(Number(req.params.cents)));
});
