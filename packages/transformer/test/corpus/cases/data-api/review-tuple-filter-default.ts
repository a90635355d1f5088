// origin: review probe: caller picks the first defined of [opts.since, Date.now() - DAY] with filter(); positions shift
// category: data-api
// decorators: tc39
// expect: KP91020 since
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
const DAY = 86_400_000;
export class Events {
  constructor(private readonly api: Api) {}
  @memoize({ version: 'ev-v2', ttl: '5m' })
  async since(from: number): Promise<string> {
    return (await this.api.get(`/events?from=${from}`)).body;
  }
  async list(opts: { since?: number }) {
    const [since] = [opts.since, Date.now() - DAY].filter((x): x is number => x !== undefined);
    return this.since(since!);
  }
}
