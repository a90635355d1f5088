// origin: review probe (round 10): module formatter with explicit locale and timeZone is clean
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the formatter names both its locale and its time zone: every machine writes the same caption.
import { memoize } from 'keyproof';
interface Api { meta(id: string): Promise<{ takenAt: number }> }
declare const api: Api;
const taken = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
export class Captions {
  @memoize({ version: 'cap-v1', ttl: '1d' })
  async caption(id: string): Promise<string> {
    const m = await api.meta(id);
    return `Taken ${taken.format(m.takenAt)}`;
  }
}
