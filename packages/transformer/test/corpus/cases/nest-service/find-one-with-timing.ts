// origin: shape of a NestJS CRUD service (findOne with NotFoundException, repository injected, a Logger), timing the lookup with Date.now() for a debug log
// category: nest-service
// decorators: legacy
// expect: clean
import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { memoize } from 'keyproof';

export interface Article { id: number; slug: string; title: string; body: string; publishedAt: string | null }
interface ArticleRepository { findOne(where: { id: number }): Promise<Article | null> }

@Injectable()
export class ArticlesService {
  private readonly logger = new Logger(ArticlesService.name);

  constructor(private readonly articles: ArticleRepository) {}

  @memoize({ ttl: '1m' })
  async findOne(id: number): Promise<Article> {
    const started = Date.now();
    const article = await this.articles.findOne({ id });
    this.logger.debug(`findOne(${id}) took ${Date.now() - started} ms`);
    if (article === null) throw new NotFoundException(`Article #${id} not found`);
    return article;
  }
}
