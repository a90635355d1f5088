// origin: authors' case (round 10 process imports): env imported by name, read in a helper the method calls
// category: ci-connector
// decorators: legacy
// expect: KP91044|KP91046 STAGE
// why: env imported by name from 'process' is process.env; the helper's STAGE picks the host asked and is not in the key.
import { memoize } from 'keyproof';
import { env } from 'process';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
function baseUrl(): string {
  return `https://${env.STAGE ?? 'prod'}.builds.example.com`;
}
export class Builds {
  @memoize({ version: 'b-v1', ttl: '10m' })
  async status(id: string): Promise<string> {
    return (await api.get(`${baseUrl()}/builds/${id}`)).body;
  }
}
