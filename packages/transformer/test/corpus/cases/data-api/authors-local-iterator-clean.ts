// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
interface Api { get(url: string, page: number): Promise<{ body: string }> }
function* pages(n: number) { for (let i = 1; i <= n; i++) yield i; }
export class Prices {
  constructor(private readonly api: Api) {}
  @memoize()
  async price(sku: string, page: number): Promise<string> {
    const r = await this.api.get(`/p/${sku}`, page);
    return r.body;
  }
  async run(sku: string) {
    const it = pages(3);
    let step = it.next();
    const out: string[] = [];
    while (!step.done) {
      out.push(await this.price(sku, step.value));
      step = it.next();
    }
    return out;
  }
}
