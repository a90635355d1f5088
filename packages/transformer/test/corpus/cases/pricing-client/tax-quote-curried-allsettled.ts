// origin: shape of a checkout pricing client that uses a curried converter and Promise.allSettled over tax and FX quotes (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the curried helper is applied to the key parameter `currency` inside the body; both settled results come from upstream calls made with key parameters; the fallback rate is a module constant (principles 2 and 3).
import { memoize } from 'keyproof';

const FALLBACK_TAX_RATE = 0.2;

interface TaxApi {
  rate(country: string, postalCode: string, category: string): Promise<number>;
}

interface FxApi {
  rate(from: string, to: string): Promise<number>;
}

/** convert('EUR')(rate)(cents) -> cents in EUR, rounded half-even would be nicer; half-up is what finance signed off */
const convert = (currency: string) => (rate: number) => (cents: number) => ({ currency, cents: Math.round(cents * rate) });

export interface CheckoutQuote {
  currency: string;
  subtotalCents: number;
  taxCents: number;
  taxEstimated: boolean;
}

export class CheckoutPricing {
  constructor(private readonly tax: TaxApi, private readonly fx: FxApi) {}

  @memoize({ version: 'checkout-quote-v3', ttl: '15m', cost: 0.001 })
  async quote(usdCents: number, currency: string, country: string, postalCode: string, category = 'general'): Promise<CheckoutQuote> {
    const [taxResult, fxResult] = await Promise.allSettled([
      this.tax.rate(country, postalCode, category),
      currency === 'USD' ? Promise.resolve(1) : this.fx.rate('USD', currency),
    ]);
    if (fxResult.status === 'rejected') throw new Error(`no FX rate USD->${currency}`, { cause: fxResult.reason });
    const toCurrency = convert(currency)(fxResult.value);
    const subtotal = toCurrency(usdCents);
    const taxRate = taxResult.status === 'fulfilled' ? taxResult.value : FALLBACK_TAX_RATE;
    return {
      currency: subtotal.currency,
      subtotalCents: subtotal.cents,
      taxCents: Math.round(subtotal.cents * taxRate),
      taxEstimated: taxResult.status === 'rejected',
    };
  }
}
