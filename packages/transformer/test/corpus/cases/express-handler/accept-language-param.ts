// origin: shape of an Express product page handler passing route params and the Accept-Language choice to a cached service
// category: express-handler
// decorators: legacy
// expect: clean
// why: sku and the negotiated language are keyed parameters (request data, not identity); the auth header comes from an injected token service; timing goes to a metric only
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface TokenProvider {
  bearer(): Promise<string>;
}

interface Metrics {
  timing(name: string, ms: number, tags?: Record<string, string>): void;
}

const SUPPORTED = ['en', 'de', 'fr'] as const;
type Lang = (typeof SUPPORTED)[number];

function negotiate(header: string | undefined): Lang {
  const first = (header ?? '').split(',')[0]?.slice(0, 2).toLowerCase();
  return (SUPPORTED as readonly string[]).includes(first ?? '') ? (first as Lang) : 'en';
}

export class ProductCopyService {
  constructor(
    private readonly metrics: Metrics,
    private readonly tokens: TokenProvider,
  ) {}

  @memoize({ version: 'copy-v1', ttl: '1d', cost: 0.0002 })
  async copyFor(sku: string, lang: Lang): Promise<{ title: string; blurb: string }> {
    const t0 = performance.now();
    const res = await fetch(`https://cms.example.com/products/${sku}?locale=${lang}`, {
      headers: { authorization: `Bearer ${await this.tokens.bearer()}` },
    });
    const body = (await res.json()) as { title: string; blurb: string };
    this.metrics.timing('cms.fetch', performance.now() - t0, { lang });
    return body;
  }
}

export function mount(service: ProductCopyService) {
  const router = Router();
  router.get('/products/:sku/copy', async (req: Request<{ sku: string }>, res: Response) => {
    res.json(await service.copyFor(req.params.sku, negotiate(req.headers['accept-language'])));
  });
  return router;
}
