// origin: shape of a CI status connector that returns one of two exported result classes for a commit (your own writing, never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: return value: a union of two of the user's own exported classes (or null) is restorable; keyproof names both in the plan
import { Inject, Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';
import { FailedCheck, PassedCheck } from './results';

interface ChecksApi {
  forCommit(owner: string, repo: string, sha: string): Promise<{ name: string; conclusion: string | null; seconds: number }[]>;
}

@Injectable()
export class CommitStatusConnector {
  constructor(@Inject('CHECKS_API') private readonly checks: ChecksApi) {}

  @memoize({ version: 'cs-v1', ttl: '10m', cost: 0.0002 })
  async statusOf(owner: string, repo: string, sha: string): Promise<PassedCheck | FailedCheck | null> {
    const runs = await this.checks.forCommit(owner, repo, sha);
    if (runs.length === 0 || runs.some((r) => r.conclusion === null)) return null;
    const failed = runs.filter((r) => r.conclusion !== 'success').map((r) => r.name);
    return failed.length > 0 ? new FailedCheck(sha, failed) : new PassedCheck(sha, Math.max(0, ...runs.map((r) => r.seconds)));
  }
}
