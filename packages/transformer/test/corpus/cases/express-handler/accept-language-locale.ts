// origin: shape of an Express home-page route (withCache(buildHomeCacheKey(lang), …) in the original): the locale from Accept-Language deliberately keys the cached page data
// category: express-handler
// decorators: tc39
// expect: clean
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface HomeData { locale: string; hero: string; sections: { id: string; title: string }[] }
interface Cms { entries(type: string, locale: string): Promise<{ id: string; fields: { title: string } }[]> }

export class HomeService {
  constructor(private readonly cms: Cms) {}

  @memoize({ ttl: '60s' })
  async homeData(locale: string): Promise<HomeData> {
    const [hero, sections] = await Promise.all([this.cms.entries('hero', locale), this.cms.entries('section', locale)]);
    return { locale, hero: hero[0]?.fields.title ?? '', sections: sections.map((s) => ({ id: s.id, title: s.fields.title })) };
  }
}

const SUPPORTED = ['en', 'he', 'fr'] as const;

export function homeRouter(home: HomeService): Router {
  const router = Router();
  router.get('/', async (req: Request, res: Response) => {
    const wanted = req.headers['accept-language']?.split(',')[0]?.slice(0, 2) ?? 'en';
    const locale = (SUPPORTED as readonly string[]).includes(wanted) ? wanted : 'en';
    res.set('Cache-Control', 's-maxage=60, stale-while-revalidate=120');
    res.json(await home.homeData(locale));
  });
  return router;
}
