// origin: review probe: module default-locale Collator used only to order plain ids (like localeCompare, exempt)
// category: data-api
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
interface Api { list(org: string): Promise<{ login: string }[]> }
declare const api: Api;
const byLogin = new Intl.Collator();
export class Members {
  @memoize({ version: 'mem-v1', ttl: '10m' })
  async logins(org: string): Promise<string[]> {
    const rows = await api.list(org);
    return rows.map((r) => r.login).sort((a, b) => a.localeCompare(b));
  }
  @memoize({ version: 'mem-v2', ttl: '10m' })
  async loginsCollated(org: string): Promise<string[]> {
    const rows = await api.list(org);
    return rows.map((r) => r.login).sort(byLogin.compare);
  }
}
