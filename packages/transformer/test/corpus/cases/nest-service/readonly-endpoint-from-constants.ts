// origin: shape of a NestJS FX-rates service that precomputes its URL and symbol list in the constructor (your own writing, never a verbatim copy)
// category: nest-service
// decorators: tc39
// expect: clean
// why: private readonly fields computed in the constructor only from module constants are compile-time constants, the HttpService and Logger are services, and the caller passes a day bucket
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const API_HOST = 'https://rates.example.com';
const API_VERSION = 3;
const QUOTED = ['EUR', 'USD', 'GBP', 'CHF', 'JPY'] as const;

@Injectable()
export class FxRatesService {
  private readonly logger = new Logger('FxRatesService');
  private readonly ratesUrl: string;
  private readonly symbols: string;

  constructor(private readonly http: HttpService) {
    this.ratesUrl = `${API_HOST}/v${API_VERSION}/historical`;
    this.symbols = QUOTED.filter((c) => c !== 'JPY').join(',');
  }

  async todaysRates(base: string): Promise<Record<string, number>> {
    const day = new Date().toISOString().slice(0, 10);
    return this.rates(base.toUpperCase(), day);
  }

  @memoize({ version: 'fx-v1', ttl: '1d', cost: 0.0005 })
  async rates(base: string, day: string): Promise<Record<string, number>> {
    const started = Date.now();
    const res = await firstValueFrom(
      this.http.get<{ rates: Record<string, number> }>(this.ratesUrl, {
        params: { base, date: day, symbols: this.symbols },
      }),
    );
    this.logger.log(`rates ${base}@${day} in ${Date.now() - started} ms`);
    return res.data.rates;
  }
}
