// origin: shape of a generic Nest repository base class whose subclasses memoise typed lookups through the base's HTTP helper (your own writing)
// category: nest-service
// decorators: tc39
// expect: clean
// why: the base class holds only an injected HTTP service; the subclass passes key parameters and a static readonly literal path; nothing else is read
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export abstract class JsonRepository<T> {
  constructor(protected readonly http: HttpService) {}

  protected async fetchJson(url: string, params: Record<string, string | number>): Promise<T> {
    const res = await firstValueFrom(this.http.get<T>(url, { params, timeout: 5_000 }));
    return res.data;
  }
}

export interface Author { id: string; name: string; books: number }

export class AuthorRepository extends JsonRepository<Author> {
  static readonly PATH = 'https://books.example.com/api/authors';

  @memoize({ version: 'authors-v1', ttl: '1d', cost: 0.0001 })
  async byId(id: string, withCounts = true): Promise<Author> {
    return this.fetchJson(`${AuthorRepository.PATH}/${encodeURIComponent(id)}`, { counts: withCounts ? 1 : 0 });
  }
}
