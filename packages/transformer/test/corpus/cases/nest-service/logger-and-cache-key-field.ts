// origin: shape of a NestJS exchange-rate service: Logger field, injected HttpService, the base currency from config made a key field on purpose
// category: nest-service
// decorators: legacy
// expect: clean
// key: this.baseCurrency
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { cacheKey, memoize } from 'keyproof';

export interface Rates { base: string; date: string; rates: Record<string, number> }

@Injectable()
export class ExchangeRateService {
  private readonly logger = new Logger(ExchangeRateService.name);
  @cacheKey readonly baseCurrency: string;

  constructor(private readonly http: HttpService, config: ConfigService) {
    this.baseCurrency = config.get<string>('BASE_CURRENCY') ?? 'EUR';
  }

  /** Daily reference rates for one date (YYYY-MM-DD). */
  @memoize({ ttl: '24h' })
  async ratesOn(date: string): Promise<Rates> {
    this.logger.log(`fetching ${this.baseCurrency} rates for ${date}`);
    const { data } = await firstValueFrom(this.http.get<Rates>(`https://api.frankfurter.app/${date}`, { params: { from: this.baseCurrency } }));
    return data;
  }
}
