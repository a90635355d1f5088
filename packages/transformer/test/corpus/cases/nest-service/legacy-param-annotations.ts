// origin: shape of a NestJS knowledge-base search service using legacy parameter decorators for its key
// category: nest-service
// decorators: legacy
// expect: clean
// why: the allow-list names every parameter the body uses for the answer (query, normalised; space); the @notKey trace id only reaches the logger
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize, cacheKey, notKey, normalize } from 'keyproof';

const KB_URL = 'https://kb.example.com/rest/api/search';

export interface KbHit {
  id: string;
  title: string;
  excerpt: string;
}

@Injectable()
export class KnowledgeBaseService {
  private readonly logger = new Logger('KnowledgeBase');

  constructor(private readonly http: HttpService) {}

  @memoize({ version: 'v1', ttl: '2h', cost: 0.0005 })
  async search(
    @cacheKey(normalize.text) query: string,
    @cacheKey space: string,
    @notKey traceId: string,
  ): Promise<KbHit[]> {
    this.logger.debug(`kb search in ${space}`, { traceId });
    const res = await firstValueFrom(
      this.http.get<{ results: KbHit[] }>(KB_URL, { params: { cql: `space=${space} AND text~"${query}"` } }),
    );
    return res.data.results.slice(0, 10);
  }
}
