// origin: review probe: module const PRIMARY taken once at load with REGIONS.values() iterator .next(): a constant, passed as key
// category: data-api
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';
interface Api { get(url: string): Promise<{ body: string }> }
const REGIONS = new Set(['eu-west-1', 'us-east-1']);
const regionIt = REGIONS.values();
const PRIMARY = regionIt.next().value ?? 'eu-west-1';
export class Quotas {
  constructor(private readonly api: Api) {}
  @memoize({ version: 'q-v1', ttl: '1h' })
  async quota(region: string): Promise<string> {
    return (await this.api.get(`/quota/${region}`)).body;
  }
  async primary() {
    return this.quota(PRIMARY);
  }
}
