// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: KP91046|KP91040|KP91044 format
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ cents: number }> }
function makeFormatter(currency: string) {
  return (cents: number) => `${(cents / 100).toFixed(2)} ${currency}`;
}
export class Prices {
  private readonly format = makeFormatter(process.env.CURRENCY ?? 'EUR');
  constructor(private readonly api: Api) {}
  @memoize()
  async label(sku: string): Promise<string> {
    const r = await this.api.get(`/p/${sku}`);
    return this.format(r.cents);
  }
}
