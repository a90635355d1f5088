// origin: review probe (round 10 rules): a module object of formatters: the method uses only the fixed-locale money one; a default-locale one sits beside it for logs
// category: pricing-client
// decorators: tc39
// expect: clean
// why: a module object of formatters: the method uses only the fixed-locale money one; a default-locale one sits beside it for logs (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
const fmt = {
  money: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }),
  logTime: new Intl.DateTimeFormat(),
};
interface Api { price(id: string): Promise<{ amount: number }> }
declare const api: Api;
export function logLine(msg: string): string { return `${fmt.logTime.format(new Date())} ${msg}`; }
export class Quotes {
  @memoize({ version: 'q-v1', ttl: '1h' })
  async quote(id: string): Promise<string> {
    const p = await api.price(id);
    return fmt.money.format(p.amount / 100);
  }
}
