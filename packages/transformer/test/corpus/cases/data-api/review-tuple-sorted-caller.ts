// origin: review probe: caller sorts a tuple [cursor, clock-derived] and passes the first (may be the clock) as key arg
// category: data-api
// decorators: tc39
// expect: KP91020 since
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
const WEEK = 7 * 24 * 3600 * 1000;
export class Events {
  constructor(private readonly api: Api) {}
  @memoize({ version: 'ev-v1', ttl: '5m' })
  async since(from: number): Promise<string> {
    return (await this.api.get(`/events?from=${from}`)).body;
  }
  async recent(cursor: number) {
    const [since] = [cursor, Date.now() - WEEK].sort((a, b) => b - a);
    return this.since(since);
  }
}
