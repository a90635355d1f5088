// origin: shape of a NestJS help-center search service whose docstring says locale is not cached on
// category: nest-service
// decorators: tc39
// expect: KP* locale
// why: the docstring claims locale is not part of the cache key, but locale is a parameter and nothing excludes it, so the plan contradicts the claim
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const SEARCH_URL = 'https://help.example.com/api/search';

export interface Article {
  id: string;
  title: string;
  score: number;
}

@Injectable()
export class HelpSearchService {
  private readonly logger = new Logger('HelpSearch');

  constructor(private readonly http: HttpService) {}

  /**
   * Searches the help center. Articles are the same in every language, so the
   * locale is only used to format the log line and is not part of the cache key.
   */
  @memoize({ version: 'v1', ttl: '6h', cost: 0.001 })
  async search(query: string, locale: string): Promise<Article[]> {
    this.logger.log(`[${locale}] help search: ${query}`);
    const res = await firstValueFrom(this.http.get<Article[]>(SEARCH_URL, { params: { q: query } }));
    return res.data.filter((a) => a.score > 0.2);
  }
}
