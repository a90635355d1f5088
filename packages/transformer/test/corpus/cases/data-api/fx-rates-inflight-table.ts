// origin: shape of a currency-conversion service that deduplicates concurrent rate fetches (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: the in-flight table is keyed by the base currency, a key parameter, and only holds the fetch for that base, so it never carries one call's input into another's answer; the limiter only paces calls (principle 3).
import { Injectable, Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

interface RatesResponse { base: string; date: string; rates: Record<string, number> }

export interface Conversion { amount: number; currency: string; rate: number; rateDate: string }

/** At most `limit` outstanding requests to the rates provider. */
class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

@Injectable()
export class FxService {
  private readonly logger = new Logger(FxService.name);
  private readonly limiter = new ConcurrencyLimiter(Number(process.env.FX_MAX_CONCURRENCY ?? 2));
  private readonly inFlight = new Map<string, Promise<RatesResponse>>();

  private latest(base: string): Promise<RatesResponse> {
    let pending = this.inFlight.get(base);
    if (!pending) {
      pending = this.limiter
        .run(async () => (await fetch(`https://api.frankfurter.app/latest?from=${base}`)).json() as Promise<RatesResponse>)
        .finally(() => this.inFlight.delete(base));
      this.inFlight.set(base, pending);
    }
    return pending;
  }

  @memoize({ version: 'fx-v1', ttl: '12h', cost: 0.0001 })
  async convert(amountCents: number, from: string, to: string): Promise<Conversion> {
    const body = await this.latest(from);
    const rate = body.rates[to];
    if (rate === undefined) throw new Error(`no rate ${from}->${to}`);
    this.logger.debug(`converted ${from}->${to} at ${rate}`);
    return { amount: Math.round(amountCents * rate), currency: to, rate, rateDate: body.date };
  }
}
