// origin: review probe: a search POSTed through HttpService with the search's own timeout in the request body (`post(url, { query, size, timeout })`), the timeout from configuration
// category: nest-service
// decorators: legacy
// expect: KP91046|KP91040|KP91044 timeout|SEARCH_TIMEOUT
// why: post's second argument is the body; a search timeout in it makes the engine return the hits found so far, so it shapes the answer (principle 2: part of the request, not an option).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class ProductSearch {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  @memoize({ version: 'search-v1', ttl: '5m' })
  async search(query: string): Promise<string[]> {
    const timeout = this.config.get<string>('SEARCH_TIMEOUT') ?? '200ms';
    const res = await firstValueFrom(this.http.post<{ hits: string[] }>('https://search.internal/products/_search', { query, size: 20, timeout }));
    return res.data.hits;
  }
}
