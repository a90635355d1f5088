// origin: shape of an Express pricing route whose service tags entries with the region the process is currently switched to
// category: express-handler
// decorators: tc39
// expect: KP* currentRegion
// why: a tag part comes from a module-level `let` the program reassigns: not a key field and not a constant, so the tag names a region the entry's key does not
import { Router, type Request, type Response } from 'express';
import { memoize, tag } from 'keyproof';

let currentRegion = 'eu-west-1';

export function switchRegion(region: string): void {
  currentRegion = region;
}

interface Quote {
  sku: string;
  cents: number;
}

declare const pricing: { quote(sku: string): Promise<Quote> };

export class PriceService {
  @memoize({ id: 'prices.quote', ttl: '15m', tags: ({ sku }) => [tag('sku', sku, currentRegion)] })
  async quote(sku: string): Promise<Quote> {
    const q = await pricing.quote(sku);
    return { sku: q.sku, cents: q.cents };
  }
}

const prices = new PriceService();
export const router = Router();
router.get('/price/:sku', async (req: Request, res: Response) => {
  res.json(await prices.quote(req.params.sku));
});
