// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: KP91020|KP91022 at
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
export class Prices {
  constructor(private readonly api: Api) {}
  @memoize()
  async price(sku: string, at: number): Promise<string> {
    const r = await this.api.get(`/p/${sku}?at=${at}`);
    return r.body;
  }
  async run(sku: string) {
    const pair: [string, number] = [sku, Date.now()];
    const [s, when] = pair;
    return this.price(s, when);
  }
}
