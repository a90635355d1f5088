// origin: review probe: caller annotates its options object with a timestamp after the memoised call returned
// category: express-handler
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
interface Opts { region: string; currency: string; finishedAt?: number }
export class Quotes {
  constructor(private readonly api: Api) {}
  @memoize({ version: 'qt-v1', ttl: '5m' })
  async quote(opts: Opts): Promise<string> {
    return (await this.api.get(`/q/${opts.region}/${opts.currency}`)).body;
  }
  async handle(region: string, currency: string) {
    const opts: Opts = { region, currency };
    const body = await this.quote(opts);
    opts.finishedAt = Date.now();
    console.log('quote', opts);
    return body;
  }
}
