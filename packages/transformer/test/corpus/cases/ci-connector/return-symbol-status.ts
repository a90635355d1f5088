// origin: shape of a pipeline-status helper that tags its result with unique symbols for exhaustive switches (your own writing)
// category: ci-connector
// decorators: tc39
// expect: KP* pipelineStatus
// why: the declared result carries a `symbol` (`state`); symbols cannot be stored and come back identical (return value)
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export const GREEN: unique symbol = Symbol('green');
export const RED: unique symbol = Symbol('red');
export const UNKNOWN: unique symbol = Symbol('unknown');
export type PipelineState = typeof GREEN | typeof RED | typeof UNKNOWN;

const octokit = new Octokit();

export const pipelineStatus = memoize(
  async function pipelineStatus(owner: string, repo: string, branch: string): Promise<{ state: PipelineState; runId: number | null }> {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch, per_page: 1 });
    const last = data.workflow_runs[0];
    if (!last) return { state: UNKNOWN, runId: null };
    return { state: last.conclusion === 'success' ? GREEN : last.conclusion ? RED : UNKNOWN, runId: last.id };
  },
  { ttl: '30s', cost: 0.0001 },
);
