// origin: shape of a reporting API client with a transport timeout parameter excluded from the key and a generic JSON loader (your own writing)
// category: data-api
// decorators: tc39
// expect: clean
// why: `timeoutMs` is excluded with a reason and only reaches the transport (never the key or the result); the generic `load<T>` keys on its path
import { memoize } from 'keyproof';

interface ReportHttp { get(path: string, init: { timeoutMs: number; headers: Record<string, string> }): Promise<unknown> }

const ACCEPT = { accept: 'application/json' } as const;

export class ReportsApi {
  constructor(private readonly http: ReportHttp) {}

  /**
   * Loads a report document by path.
   * @excludeFromKey timeoutMs transport setting, does not change the document
   */
  @memoize({ version: 'rep-v1', ttl: '1h', cost: 0.001 })
  async load<T>(path: string, timeoutMs = 10_000): Promise<T> {
    const clean = path.replace(/^\/+/, '');
    return (await this.http.get(`/reports/${clean}`, { timeoutMs, headers: { ...ACCEPT } })) as T;
  }
}
