// origin: shape of a NestJS FX-rates client pinned to a regional endpoint (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the region comes from the environment but the field that holds it is marked @cacheKey, so it is stated in the key (principle 2 satisfied by a decision).
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { cacheKey, memoize } from 'keyproof';

export interface RateTable {
  base: string;
  date: string;
  rates: Record<string, number>;
}

@Injectable()
export class FxRatesService {
  /** Each region's desk publishes its own fixing, so the region is part of the answer. */
  @cacheKey
  private readonly region: string = process.env.FX_REGION ?? 'eu-west-1';

  constructor(private readonly http: HttpService) {}

  /** Daily fixing for a base currency; `day` is an ISO date (YYYY-MM-DD). */
  @memoize({ version: 'fx-v4', ttl: '12h', cost: 0.001 })
  async fixing(base: string, day: string): Promise<RateTable> {
    const url = `https://${this.region}.fx.example-bank.net/fixings/${day}`;
    const res = await firstValueFrom(
      this.http.get<{ base: string; date: string; quotes: Record<string, number> }>(url, {
        params: { base },
      }),
    );
    return { base: res.data.base, date: res.data.date, rates: { ...res.data.quotes } };
  }
}
