// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: KP91020|KP91022 stamp
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
async function now(): Promise<number> { return Date.now(); }
async function skuOf(x: string): Promise<string> { return x.trim(); }
export class Prices {
  constructor(private readonly api: Api) {}
  @memoize()
  async price(sku: string, stamp: number): Promise<string> {
    const r = await this.api.get(`/p/${sku}?s=${stamp}`);
    return r.body;
  }
  run(raw: string) {
    return Promise.all([skuOf(raw), now()]).then(([sku, stamp]) => this.price(sku, stamp));
  }
}
