// origin: shape of an Express product-admin router: a catalogue service tags entries by product, the admin PATCH route invalidates with a plural name
// category: express-handler
// decorators: tc39
// expect: KP91062 products
// why: the route invalidates tag 'products' while the service declares 'product': the typo would leave every edited product cached until its ttl
import { Router, type Request, type Response } from 'express';
import { memoize, tag, invalidateTag } from 'keyproof';

interface ProductCard {
  id: string;
  title: string;
  priceCents: number;
}

declare const catalogue: {
  card(productId: string, locale: string): Promise<ProductCard>;
  patch(productId: string, body: unknown): Promise<void>;
};

export class ProductCards {
  @memoize({ id: 'products.card', ttl: '12h', tags: ({ productId }) => [tag('product', productId)] })
  async card(productId: string, locale: string): Promise<ProductCard> {
    const c = await catalogue.card(productId, locale);
    return { id: c.id, title: c.title, priceCents: c.priceCents };
  }
}

const cards = new ProductCards();
export const router = Router();

router.get('/products/:id', async (req: Request, res: Response) => {
  res.json(await cards.card(req.params.id, req.header('accept-language') ?? 'en'));
});

router.post('/admin/products/:id', async (req: Request, res: Response) => {
  await catalogue.patch(req.params.id, req.body);
  await invalidateTag(tag('products', req.params.id));
  res.status(204).send();
});
