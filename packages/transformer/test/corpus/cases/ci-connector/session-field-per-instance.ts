// origin: shape of a Jenkins/Buildkite connector class that creates a session id per client instance (readonly sessionId = randomUUID()) and passes it to its memoised queries
// category: ci-connector
// decorators: tc39
// expect: KP91020 session
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

export interface BuildInfo { number: number; result: 'SUCCESS' | 'FAILURE' | 'ABORTED' | null; durationMs: number }
interface JenkinsApi { build(job: string, number: number, session: string): Promise<BuildInfo> }

export class JenkinsConnector {
  readonly sessionId = randomUUID();

  constructor(private readonly api: JenkinsApi) {}

  @memoize({ ttl: '1d' })
  async build(job: string, number: number, session: string): Promise<BuildInfo> {
    return this.api.build(job, number, session);
  }

  async lastResults(job: string, numbers: readonly number[]): Promise<(BuildInfo['result'])[]> {
    const builds = await Promise.all(numbers.map((n) => this.build(job, n, this.sessionId)));
    return builds.map((b) => b.result);
  }
}
