// origin: authors' case (round 10 process imports): argv imported from node:process, read at load into REGION sent upstream
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 REGION
// why: the command line imported by name from node:process is the process's configuration, as process.argv is; REGION, read from it at load, picks the host asked.
import { memoize } from 'keyproof';
import { argv } from 'node:process';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
const REGION = argv[2] ?? 'eu-west-1';
export class Runners {
  @memoize({ version: 'run-v1', ttl: '10m' })
  async runners(org: string): Promise<string> {
    return (await api.get(`https://${REGION}.ci.example.com/orgs/${org}/runners`)).body;
  }
}
