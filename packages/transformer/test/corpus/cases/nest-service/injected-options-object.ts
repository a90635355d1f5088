// origin: shape of a NestJS web-search service that receives an options object through a custom provider token
// category: nest-service
// decorators: legacy
// expect: KP* options|safeSearch
// why: the body reads properties of an injected plain options object (not a service, not a constant) and sends safeSearch upstream without keying it (nothing less)
import { Injectable, Inject } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface SearchModuleOptions {
  safeSearch: 'off' | 'moderate' | 'strict';
  market: string;
}

export interface WebResult {
  url: string;
  title: string;
}

@Injectable()
export class WebSearchService {
  constructor(
    private readonly http: HttpService,
    @Inject('SEARCH_OPTIONS') private readonly options: SearchModuleOptions,
  ) {}

  @memoize({ version: 'v1', ttl: '1h', cost: 0.007 })
  async search(q: string): Promise<WebResult[]> {
    const res = await firstValueFrom(
      this.http.get<{ webPages: { value: WebResult[] } }>('https://search.example.com/v7.0/search', {
        params: { q, safeSearch: this.options.safeSearch, mkt: this.options.market, count: 10 },
      }),
    );
    return res.data.webPages.value.map((r) => ({ url: r.url, title: r.title }));
  }
}
