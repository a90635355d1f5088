// origin: shape of a data-API client whose memoised query takes a request id defaulted from a helper in another file (your own writing, never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP* requestId
// why: nothing more: requestId defaults to newRequestId(), which wraps crypto.randomUUID() in another module; it is a keyed parameter, so every call gets a new key
import { memoize } from 'keyproof';
import { newRequestId } from './ids';

interface ReportsApi {
  run(req: { report: string; filters: Record<string, string>; headers: Record<string, string> }): Promise<{ rows: Record<string, unknown>[] }>;
}

export class ReportsClient {
  constructor(private readonly api: ReportsApi) {}

  @memoize({ version: 'rep-v2', ttl: '30m', cost: 0.02 })
  async runReport(report: string, filters: Record<string, string>, requestId: string = newRequestId()): Promise<Record<string, unknown>[]> {
    const res = await this.api.run({ report, filters, headers: { 'X-Request-Id': requestId } });
    return res.rows;
  }
}
