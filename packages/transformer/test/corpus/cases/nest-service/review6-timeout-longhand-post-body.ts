// origin: review probe: twin of timeout-shorthand-post-body with `timeout: searchTimeout` written out
// category: nest-service
// decorators: legacy
// expect: KP91046|KP91040|KP91044 SEARCH_TIMEOUT|timeout
// why: post's second argument is the search body; the search's timeout returns the hits found so far, so it shapes the answer (principle 2).
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
    const searchTimeout = this.config.get<string>('SEARCH_TIMEOUT') ?? '200ms';
    const res = await firstValueFrom(this.http.post<{ hits: string[] }>('https://search.internal/products/_search', { query, size: 20, timeout: searchTimeout }));
    return res.data.hits;
  }
}
