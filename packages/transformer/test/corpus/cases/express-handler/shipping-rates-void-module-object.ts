// origin: shape of an Express shipping-rates route that keeps served/error tallies in a module object and exposes them as a response header (own writing)
// category: express-handler
// decorators: tc39
// expect: clean
// why: `void stats.served++` and `stats.errors++` discard the step's value, and the tallies only reach a response header and an error body, never the arguments of the memoised `ratesFor`.
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface ShippingRate {
  carrier: string;
  service: string;
  amountCents: number;
}

interface CarrierApi {
  quote(originZip: string, destZip: string, weightGrams: number): Promise<ShippingRate[]>;
}

const stats = { served: 0, errors: 0 };

export class ShippingRates {
  constructor(private readonly carriers: CarrierApi) {}

  @memoize({ version: 'rates-v3', ttl: '1h', cost: 0.002 })
  async ratesFor(originZip: string, destZip: string, weightGrams: number): Promise<ShippingRate[]> {
    const rates = await this.carriers.quote(originZip, destZip, weightGrams);
    return rates.map((r) => ({ carrier: r.carrier, service: r.service, amountCents: r.amountCents }));
  }
}

export function shippingRouter(rates: ShippingRates) {
  const router = Router();
  router.get('/shipping/rates', async (req: Request, res: Response) => {
    void stats.served++;
    const from = (req.query.from ?? '').trim();
    const to = (req.query.to ?? '').trim();
    const grams = Math.ceil(Number(req.query.grams ?? '0') / 100) * 100;
    try {
      const quoted = await rates.ratesFor(from, to, grams);
      res.set('x-rates-served', String(stats.served)).json(quoted);
    } catch {
      stats.errors++;
      res.status(502).json({ error: `carrier lookup failed (${stats.errors} failures since boot)` });
    }
  });
  return router;
}
