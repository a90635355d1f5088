// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: KP91046|KP91044 REGION
import { memoize } from 'keyproof';
const REGION = process.argv[2] ?? 'eu-west-1';
interface Api { get(url: string): Promise<{ body: string }> }
export class Prices {
  constructor(private readonly api: Api) {}
  @memoize()
  async price(sku: string): Promise<string> {
    const r = await this.api.get(`https://${REGION}.example.com/p/${sku}`);
    return r.body;
  }
}
