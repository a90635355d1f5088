// origin: shape of a NestJS exchange-rate service that tags each cached rate with a fresh fetch id
// category: nest-service
// decorators: legacy
// expect: KP91061 randomUUID
// why: randomUUID() is new on every call: the tag never repeats, so nothing can invalidate by it
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { memoize, tag } from 'keyproof';

export interface Rate {
  base: string;
  quote: string;
  rate: number;
}

interface RatesApi {
  latest(base: string, quote: string): Promise<Rate>;
}

@Injectable()
export class RatesService {
  constructor(private readonly api: RatesApi) {}

  @memoize({ id: 'rates.latest', ttl: '5m', tags: ({ base, quote }) => [tag('pair', base, quote), tag('fetch', randomUUID())] })
  async latest(base: string, quote: string): Promise<Rate> {
    const r = await this.api.latest(base, quote);
    return { base: r.base, quote: r.quote, rate: r.rate };
  }
}
