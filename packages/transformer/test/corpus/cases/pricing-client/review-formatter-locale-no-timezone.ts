// origin: review probe (round 10): module DateTimeFormat with a named locale but no timeZone: output depends on the machine's TZ
// category: pricing-client
// decorators: tc39
// expect: KP91044|KP91046 stamp
// why: a DateTimeFormat given a locale but no timeZone writes the date in the machine's time zone (TZ); the label returned differs between machines under one key (principle 4).
import { memoize } from 'keyproof';
interface Api { invoice(id: string): Promise<{ created: number; total: number }> }
declare const api: Api;
const stamp = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
export class InvoiceLines {
  @memoize({ version: 'inv-v1', ttl: '1h' })
  async header(id: string): Promise<string> {
    const inv = await api.invoice(id);
    return `Invoice ${id} — ${stamp.format(new Date(inv.created * 1000))}`;
  }
}
