// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
import { randomUUID } from 'node:crypto';
interface Api { get(url: string): Promise<{ body: string }> }
interface Users { find(id: string): Promise<{ sku: string }> }
export class Prices {
  constructor(private readonly api: Api, private readonly users: Users) {}
  @memoize()
  async price(sku: string): Promise<string> {
    const r = await this.api.get(`/p/${sku}`);
    return r.body;
  }
  async run(userId: string) {
    const [user, traceId] = await Promise.all([this.users.find(userId), Promise.resolve(randomUUID())]);
    console.log('trace', traceId);
    const pair = [user.sku, Date.now()] as const;
    await this.price(pair[0]);
    return this.price(user.sku);
  }
}
