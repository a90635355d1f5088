// origin: shape of a NestJS FX-rate service pinned to the region its deployment is configured for
// category: nest-service
// decorators: legacy
// expect: clean
// key: this.region
// why: a @cacheKey field set once from configuration (not an id, clock or counter) is a legitimate key field
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize, cacheKey } from 'keyproof';

export interface FxRate {
  base: string;
  quote: string;
  rate: number;
}

@Injectable()
export class FxRateService {
  @cacheKey private readonly region: string;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    this.region = config.getOrThrow<string>('FX_REGION');
  }

  @memoize({ version: 'v2', ttl: '1h', cost: 0.001 })
  async rate(base: string, quote: string): Promise<FxRate> {
    const res = await firstValueFrom(
      this.http.get<{ rate: number }>(`https://fx.${this.region}.rates.example/latest`, {
        params: { base, quote },
      }),
    );
    return { base, quote, rate: res.data.rate };
  }
}
