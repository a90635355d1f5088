// origin: shape of a tax-quote client that takes optional rate overrides and falls back to frozen defaults
// category: pricing-client
// decorators: tc39
// expect: clean
// why: `override ?? DEFAULT_RATES` mixes a keyed parameter with a frozen constant table; both are accounted for
import { memoize } from 'keyproof';

interface Rates {
  vat: number;
  reduced: number;
  roundTo: number;
}

const DEFAULT_RATES: Readonly<Rates> = Object.freeze({ vat: 0.2, reduced: 0.055, roundTo: 1 });

interface TaxApi {
  quote(body: { country: string; lines: { cents: number; category: string }[]; rates: Rates }): Promise<{ taxCents: number; totalCents: number }>;
}

export class TaxQuoteClient {
  constructor(private readonly api: TaxApi) {}

  @memoize({ version: 'tax-v2', ttl: '12h', cost: 0.0015 })
  async quote(
    country: string,
    lines: { cents: number; category: string }[],
    override?: Rates,
  ): Promise<{ taxCents: number; totalCents: number }> {
    const base = override ?? DEFAULT_RATES;
    const result = await this.api.quote({ country: country.toUpperCase(), lines, rates: base });
    return { taxCents: Math.round(result.taxCents / base.roundTo) * base.roundTo, totalCents: result.totalCents };
  }
}
