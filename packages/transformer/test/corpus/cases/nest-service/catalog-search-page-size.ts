// origin: shape of a NestJS catalogue service proxying a hosted search engine (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91040 pageSize
// why: the constructor stores a configured page size on the instance and the memoised search sends it as hitsPerPage, which decides how many results come back (principle 2).
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface ProductHit {
  sku: string;
  title: string;
  priceCents: number;
}

interface SearchResponse {
  hits: { objectID: string; title: string; price_cents: number }[];
  nbHits: number;
}

const SEARCH_HOST = 'https://search.internal.shopfront.io';
const INDEX_NAME = 'products_live';

@Injectable()
export class CatalogSearchService {
  private readonly logger = new Logger(CatalogSearchService.name);
  private readonly pageSize: number;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    this.pageSize = Number(config.get<string>('SEARCH_PAGE_SIZE') ?? 24);
  }

  @memoize({ version: 'search-v4', ttl: '10m', cost: 0.0004 })
  async search(query: string, page: number): Promise<{ hits: ProductHit[]; total: number }> {
    const { data } = await firstValueFrom(
      this.http.post<SearchResponse>(
        `${SEARCH_HOST}/1/indexes/${INDEX_NAME}/query`,
        { query, page, hitsPerPage: this.pageSize },
      ),
    );
    this.logger.log(`search "${query}" p${page}: ${data.nbHits} hits`);
    return {
      hits: data.hits.map((h) => ({ sku: h.objectID, title: h.title, priceCents: h.price_cents })),
      total: data.nbHits,
    };
  }
}
