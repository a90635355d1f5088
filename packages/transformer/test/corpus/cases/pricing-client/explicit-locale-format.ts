// origin: shape of a price-label client formatting amounts with an explicit locale table (satisfies + as const)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: Intl.NumberFormat gets an explicit locale from a keyed parameter via an `as const satisfies` table; nothing ambient shapes the label
import { memoize } from 'keyproof';

type Region = 'us' | 'de' | 'jp';

const LOCALES = {
  us: { locale: 'en-US', currency: 'USD' },
  de: { locale: 'de-DE', currency: 'EUR' },
  jp: { locale: 'ja-JP', currency: 'JPY' },
} as const satisfies Record<Region, { locale: string; currency: string }>;

interface ListPriceApi {
  listPrice(sku: string, currency: string): Promise<{ amount: number }>;
}

export class PriceLabels {
  constructor(private readonly api: ListPriceApi) {}

  @memoize({ version: 'label-v1', ttl: '1d', cost: 0.0001 })
  async label(sku: string, region: Region): Promise<string> {
    const { locale, currency } = LOCALES[region];
    const { amount } = await this.api.listPrice(sku, currency);
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  }
}
