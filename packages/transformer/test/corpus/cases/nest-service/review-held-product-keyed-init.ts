// origin: review probe: readonly factory product from a @cacheKey field initialised from env: keyed, clean
// category: nest-service
// decorators: legacy
// expect: clean
import { memoize, cacheKey } from 'keyproof';
interface Api { total(id: string): Promise<number> }
function makeFormatter(currency: string): (n: number) => string {
  return (n) => `${(n / 100).toFixed(2)} ${currency}`;
}
export class Totals {
  @cacheKey readonly currency: string = process.env.CURRENCY ?? 'EUR';
  private readonly format = makeFormatter(this.currency);
  constructor(private readonly api: Api) {}
  @memoize({ version: 'tot-v4', ttl: '5m' })
  async total(id: string): Promise<string> {
    return this.format(await this.api.total(id));
  }
}
