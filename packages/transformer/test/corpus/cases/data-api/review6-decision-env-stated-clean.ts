// origin: review probe: a body reading process.env.X directly, stated with @cacheKey, the variable also logged
// category: data-api
// decorators: legacy
// expect: clean
// why: the variable the body sends is in the key (nothing less holds).
import { memoize } from 'keyproof';

export class Catalog {
  /** @cacheKey process.env.CATALOG_LOCALE */
  @memoize({ version: 'cat-v1', ttl: '1h' })
  async products(category: string): Promise<unknown[]> {
    const locale = process.env.CATALOG_LOCALE ?? 'en';
    console.info(`catalog ${category} in ${locale}`);
    const res = await fetch(`https://catalog.internal/${locale}/${encodeURIComponent(category)}`);
    return (await res.json()) as unknown[];
  }
}
