// origin: review probe: range normalised by a destructuring swap moves the clock into the element passed as key
// category: data-api
// decorators: tc39
// expect: KP91020 to
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
const DAY = 86_400_000;
export class Metrics {
  constructor(private readonly api: Api) {}
  @memoize({ version: 'm-v1', ttl: '5m' })
  async series(metric: string, to: number): Promise<string> {
    return (await this.api.get(`/m/${metric}?to=${to}`)).body;
  }
  async window(metric: string, until: number) {
    let [from, to] = [Date.now() - DAY, until];
    if (from > to) [from, to] = [to, from];
    console.log('from', from);
    return this.series(metric, to);
  }
}
