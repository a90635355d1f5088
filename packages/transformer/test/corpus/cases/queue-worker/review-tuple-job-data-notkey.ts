// origin: review probe: job data is a [sku, requestId] tuple; sku passed as key, requestId to a @notKey parameter
// category: queue-worker
// decorators: legacy
// expect: clean
import { memoize, notKey } from 'keyproof';
interface Api { get(url: string, headers: Record<string, string>): Promise<{ body: string }> }
export class PriceWorker {
  constructor(private readonly api: Api) {}
  @memoize({ version: 'pw-v1', ttl: '10m' })
  async price(sku: string, @notKey('trace header only') requestId: string): Promise<string> {
    return (await this.api.get(`/p/${sku}`, { 'x-request-id': requestId })).body;
  }
  async process(data: [string, string]) {
    const [sku, requestId] = data;
    return this.price(sku, requestId);
  }
}
