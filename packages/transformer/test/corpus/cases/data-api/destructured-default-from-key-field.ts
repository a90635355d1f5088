// origin: shape of an i18n content client taking an options object whose fallback locale defaults to the requested locale ({ locale, fallbackLocale = locale })
// category: data-api
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface ContentOptions { slug: string; locale: string; fallbackLocale?: string; preview?: boolean }
interface Cms { entry(slug: string, locale: string, preview: boolean): Promise<{ title: string; body: string } | null> }

export class ContentClient {
  constructor(private readonly cms: Cms) {}

  @memoize({ ttl: '5m' })
  async page({ slug, locale, fallbackLocale = locale, preview = false }: ContentOptions): Promise<{ title: string; body: string; locale: string } | null> {
    const entry = (await this.cms.entry(slug, locale, preview)) ?? (await this.cms.entry(slug, fallbackLocale, preview));
    return entry === null ? null : { ...entry, locale };
  }
}
