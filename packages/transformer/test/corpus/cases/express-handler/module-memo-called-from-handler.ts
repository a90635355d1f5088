// origin: shape of an Express product endpoint calling a module-level memoised fetcher with route params and a language header
// category: express-handler
// decorators: legacy
// expect: clean
// why: the memoised function reads only its parameters, a constant and a module-level client; the request id goes to the log line only
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const PIM_URL = 'https://pim.example.com/api/products';

interface ProductView {
  sku: string;
  title: string;
  bullets: string[];
}

declare const pim: { fetchJson<T>(url: string, query: Record<string, string>): Promise<T> };
declare const log: { info(msg: string, fields?: Record<string, unknown>): void };

export const getProduct = memoize(
  async function getProduct(sku: string, language: string): Promise<ProductView> {
    const doc = await pim.fetchJson<ProductView>(`${PIM_URL}/${encodeURIComponent(sku)}`, { lang: language });
    return { sku: doc.sku, title: doc.title, bullets: doc.bullets.slice(0, 5) };
  },
  { ttl: '1h', cost: 0.002 },
);

export const products = Router();

products.get('/products/:sku', async (req: Request<{ sku: string }>, res: Response) => {
  const language = (req.headers['accept-language'] ?? 'en').split(',')[0]!.slice(0, 2);
  log.info('product view', { requestId: req.headers['x-request-id'], sku: req.params.sku });
  res.json(await getProduct(req.params.sku, language));
});
