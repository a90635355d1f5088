// origin: shape of a CI log connector that excludes the run attempt from its key but forwards it inside a query object to another memoised fetch (your own writing, never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: KP* runAttempt|attempt
// why: excluded leak: runAttempt is @notKey on summary, but it travels in the ctx object to fetchLogs, whose whole ctx parameter is keyed, so the excluded value reaches a key by another route
import { memoize, notKey } from 'keyproof';

export interface LogQuery {
  owner: string;
  repo: string;
  runId: number;
  attempt: number;
}

interface ActionsLogs {
  download(q: LogQuery): Promise<string>;
}

export class RunLogConnector {
  constructor(private readonly logs: ActionsLogs) {}

  @memoize({ version: 'rsum-v1', ttl: '7d', cost: 0.001 })
  async summary(owner: string, repo: string, runId: number, @notKey runAttempt: number): Promise<{ errors: string[]; lines: number }> {
    const ctx: LogQuery = { owner, repo, runId, attempt: runAttempt };
    const text = await this.fetchLogs(ctx);
    const lines = text.split('\n');
    return { errors: lines.filter((l) => /##\[error\]/.test(l)).slice(0, 20), lines: lines.length };
  }

  @memoize({ version: 'rlog-v1', ttl: '7d', cost: 0.001 })
  async fetchLogs(ctx: LogQuery): Promise<string> {
    return this.logs.download(ctx);
  }
}
