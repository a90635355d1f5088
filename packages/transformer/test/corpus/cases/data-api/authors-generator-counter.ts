// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: KP91020|KP91022 seq
import { memoize } from 'keyproof';
function* sequence() { let n = 0; while (true) yield ++n; }
const seq = sequence();
interface Api { get(url: string, attempt: number): Promise<{ body: string }> }
export class Prices {
  constructor(private readonly api: Api) {}
  @memoize()
  async price(sku: string, attempt: number): Promise<string> {
    const r = await this.api.get(`/p/${sku}`, attempt);
    return r.body;
  }
  async run(sku: string) {
    return this.price(sku, seq.next().value as number);
  }
}
