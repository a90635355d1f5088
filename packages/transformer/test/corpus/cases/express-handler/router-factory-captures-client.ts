// origin: shape of an Express router factory that receives its dependencies and memoises a lookup over the injected client
// category: express-handler
// decorators: tc39
// expect: clean
// why: the closure captures only a service (an object of methods) and module constants; the ZIP code and country are parameters
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const DEFAULT_COUNTRY = 'US';

export interface TaxDeps {
  taxApi: { rateFor(zip: string, country: string): Promise<{ rate: number; jurisdiction: string }> };
  metrics: { increment(name: string, tags?: Record<string, string>): void };
}

export function taxRouter(deps: TaxDeps) {
  const { taxApi, metrics } = deps;

  const taxRate = memoize(
    async function taxRate(zip: string, country: string): Promise<{ rate: number; jurisdiction: string }> {
      metrics.increment('tax.lookup', { country });
      const r = await taxApi.rateFor(zip.slice(0, 5), country);
      return { rate: r.rate, jurisdiction: r.jurisdiction };
    },
    { ttl: '7d', cost: 0.001 },
  );

  const router = Router();
  router.get('/tax/:zip', async (req: Request<{ zip: string }>, res: Response) => {
    res.json(await taxRate(req.params.zip, req.query.country ?? DEFAULT_COUNTRY));
  });
  return router;
}
