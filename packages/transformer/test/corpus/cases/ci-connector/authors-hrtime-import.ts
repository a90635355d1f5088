// origin: authors' case (round 10 process imports): hrtime imported from node:process stamps the request
// category: ci-connector
// decorators: legacy
// expect: clean
// why: hrtime imported from node:process is the clock: a nonce sent upstream but not in the key (a warning, as for process.hrtime); nothing enters the key.
import { memoize } from 'keyproof';
import { hrtime } from 'node:process';
interface Api { post(url: string, body: unknown): Promise<{ body: string }> }
declare const api: Api;
export class Traces {
  @memoize({ version: 't-v1', ttl: '10m' })
  async summary(traceId: string): Promise<string> {
    return (await api.post(`/traces/${traceId}/summary`, { nonce: hrtime.bigint().toString() })).body;
  }
}
