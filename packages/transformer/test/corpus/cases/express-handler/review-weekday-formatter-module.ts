// origin: review probe (round 10 rules): a module DateTimeFormat('en-US', { weekday }) without timeZone names the weekday of a stored timestamp
// category: express-handler
// decorators: tc39
// expect: KP91044|KP91046 weekday
// why: a module DateTimeFormat('en-US', { weekday }) without timeZone names the weekday of a stored timestamp (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long' });
interface Api { order(id: string): Promise<{ placedAt: number }> }
declare const api: Api;
export class Orders {
  @memoize({ version: 'ord-v1', ttl: '1h' })
  async placedOn(id: string): Promise<string> {
    const o = await api.order(id);
    return `Placed on ${weekday.format(new Date(o.placedAt))}`;
  }
}
