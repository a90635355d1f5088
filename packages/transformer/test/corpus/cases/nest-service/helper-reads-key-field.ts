// origin: shape of a NestJS search service whose private helper builds the index name from a field marked @cacheKey (the tenant's index prefix), and logs through an injected logger
// category: nest-service
// decorators: legacy
// expect: clean
// key: this.indexPrefix
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { cacheKey, memoize } from 'keyproof';

interface Elastic { search(index: string, body: object): Promise<{ hits: { hits: { _id: string; _score: number }[] } }> }

@Injectable()
export class CatalogSearch {
  private readonly logger = new Logger(CatalogSearch.name);
  @cacheKey private readonly indexPrefix: string;

  constructor(private readonly es: Elastic, config: ConfigService) {
    this.indexPrefix = config.get<string>('INDEX_PREFIX') ?? 'prod';
  }

  private indexFor(kind: 'products' | 'articles'): string {
    this.logger.debug(`index for ${kind}`);
    return `${this.indexPrefix}-${kind}`;
  }

  @memoize({ ttl: '1m' })
  async ids(kind: 'products' | 'articles', q: string): Promise<string[]> {
    const res = await this.es.search(this.indexFor(kind), { query: { match: { title: q } }, size: 20 });
    return res.hits.hits.map((h) => h._id);
  }
}
