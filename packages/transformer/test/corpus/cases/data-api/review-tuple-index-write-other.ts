// origin: review probe: caller writes the clock into element 1 of a tuple, passes element 0 as key (written at another place)
// category: data-api
// decorators: legacy
// expect: clean
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
export class Accounts {
  constructor(private readonly api: Api) {}
  @memoize({ version: 'acc-v1', ttl: '5m' })
  async account(id: string): Promise<string> {
    return (await this.api.get(`/a/${id}`)).body;
  }
  async touch(id: string) {
    const entry: [string, number] = [id, 0];
    entry[1] = Date.now();
    console.log('touched', entry);
    return this.account(entry[0]);
  }
}
