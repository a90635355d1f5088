// origin: authors' case (round 10 process imports): process imported by default, env read in the body
// category: ci-connector
// decorators: tc39
// expect: KP91044 REGION
// why: process imported as proc is the same process: proc.env.REGION picks the host asked and is not in the key.
import { memoize } from 'keyproof';
import proc from 'node:process';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
export class Queues {
  @memoize({ version: 'q-v1', ttl: '10m' })
  async depth(queue: string): Promise<string> {
    return (await api.get(`https://${proc.env.REGION ?? 'eu'}.mq.example.com/${queue}`)).body;
  }
}
