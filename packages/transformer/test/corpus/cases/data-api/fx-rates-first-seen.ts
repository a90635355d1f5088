// origin: shape of a currency-conversion service that pins the first rate it sees per day (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP91046|KP91040 pinnedRates
// why: the static "first caller wins" table is filled by earlier calls and the converted amount is computed from it, so the answer depends on call history with no decision (principle 5).
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

interface RatesResponse { base: string; date: string; rates: Record<string, number> }

export interface Conversion { amount: number; currency: string; rate: number; rateDate: string }

@Injectable()
export class FxService {
  /** Pin the first rate fetched for a pair so a day's invoices all use the same one. */
  private static readonly pinnedRates = new Map<string, { rate: number; date: string }>();

  @memoize({ version: 'fx-v1', ttl: '12h', cost: 0.0001 })
  async convert(amountCents: number, from: string, to: string): Promise<Conversion> {
    const pair = `${from}/${to}`;
    let pinned = FxService.pinnedRates.get(pair);
    if (!pinned) {
      const res = await fetch(`https://api.frankfurter.app/latest?from=${from}&to=${to}`);
      const body = (await res.json()) as RatesResponse;
      pinned = { rate: body.rates[to] ?? NaN, date: body.date };
      FxService.pinnedRates.set(pair, pinned);
    }
    return {
      amount: Math.round(amountCents * pinned.rate),
      currency: to,
      rate: pinned.rate,
      rateDate: pinned.date,
    };
  }
}
