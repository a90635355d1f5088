// origin: shape of an Express SSR route for A/B pages: a nanoid suffix added to the variant name "to bust the CDN", which also reaches the memoised renderer's key
// category: express-handler
// decorators: tc39
// expect: KP91020 variant
import { nanoid } from 'nanoid';
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

interface Templates { render(name: string, data: Record<string, unknown>): Promise<string> }

export class LandingPages {
  constructor(private readonly templates: Templates) {}

  @memoize({ ttl: '10m' })
  async render(slug: string, variant: string): Promise<string> {
    return this.templates.render(`landing/${slug}`, { variant });
  }
}

export const landing = (pages: LandingPages) => async (req: Request<{ slug: string }>, res: Response): Promise<void> => {
  const bucket = req.query['v'] === 'b' ? 'b' : 'a';
  const html = await pages.render(req.params.slug, `${bucket}-${nanoid(6)}`);
  res.set('Content-Type', 'text/html').send(html);
};
