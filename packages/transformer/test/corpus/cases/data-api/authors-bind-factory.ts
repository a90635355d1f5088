// origin: shape written for the analyser's wave-3 rules after blind round 9 (not blind: written by the analyser's authors)
// category: data-api
// decorators: tc39
// expect: KP91046|KP91044 fetchSku
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
async function fetchFor(tenant: string, sku: string): Promise<string> {
  return (await api.get(`/t/${tenant}/p/${sku}`)).body;
}
const fetchSku = fetchFor.bind(null, process.env.TENANT ?? 'acme');
export const price = memoize(async (sku: string): Promise<string> => fetchSku(sku));
