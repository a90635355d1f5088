// origin: authors' case (round 10 process imports): pid imported by name only goes to a log line
// category: ci-connector
// decorators: tc39
// expect: clean
// why: pid and platform, imported by name, go only to a log line: they do not shape the answer.
import { memoize } from 'keyproof';
import { pid, platform } from 'node:process';
interface Api { get(url: string): Promise<{ body: string }> }
declare const api: Api;
declare const logger: { info(msg: string): void };
export class Jobs {
  @memoize({ version: 'j-v1', ttl: '10m' })
  async job(id: string): Promise<string> {
    logger.info(`worker ${pid} on ${platform} fetching job ${id}`);
    return (await api.get(`/jobs/${id}`)).body;
  }
}
