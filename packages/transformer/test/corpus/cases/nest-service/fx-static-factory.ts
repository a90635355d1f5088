// origin: shape of a currency-conversion provider built through a static factory from the environment (never a verbatim copy)
// category: nest-service
// decorators: tc39
// expect: clean
// why: the factory copies BASE_CURRENCY from the environment into the private field `#baseCurrency`, and that field carries @cacheKey, so it is decided; the API key only authenticates (principles 2 and 3).
import { Logger } from '@nestjs/common';
import { cacheKey, memoize } from 'keyproof';

export interface RateTable {
  base: string;
  date: string;
  rates: Record<string, number>;
}

type Env = Record<string, string | undefined>;

export class ExchangeRateProvider {
  private readonly logger = new Logger('ExchangeRateProvider');

  @cacheKey
  #baseCurrency: string;

  readonly #apiKey: string;

  private constructor(baseCurrency: string, apiKey: string) {
    this.#baseCurrency = baseCurrency;
    this.#apiKey = apiKey;
  }

  /** Wire-up used by the module's useFactory. */
  static create(env: Env = process.env): ExchangeRateProvider {
    const base = (env.BASE_CURRENCY ?? 'EUR').toUpperCase();
    const key = env.FX_API_KEY;
    if (!key) throw new Error('FX_API_KEY is not set');
    return new ExchangeRateProvider(base, key);
  }

  /** Historical rates for one day, from the provider's end-of-day snapshot. */
  @memoize({ version: 'fx-v3', ttl: '30d', cost: 0.0005 })
  async ratesOn(day: string, symbols: readonly string[]): Promise<RateTable> {
    const url = new URL(`https://api.fxdata.example.com/v1/historical/${day}`);
    url.searchParams.set('base', this.#baseCurrency);
    url.searchParams.set('symbols', [...symbols].sort().join(','));
    const res = await fetch(url, { headers: { authorization: `Bearer ${this.#apiKey}` } });
    if (!res.ok) {
      this.logger.warn(`fx ${day} -> ${res.status}`);
      throw new Error(`rates for ${day}: HTTP ${res.status}`);
    }
    const body = (await res.json()) as { date: string; rates: Record<string, number> };
    return { base: this.#baseCurrency, date: body.date, rates: body.rates };
  }
}
