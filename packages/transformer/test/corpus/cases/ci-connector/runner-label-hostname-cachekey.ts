// origin: shape of a self-hosted runner agent that fetches the job config assigned to its own machine (never a verbatim copy)
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the runner label is the machine's host name and does decide the answer, but the field holding it is marked @cacheKey, so each runner keys its own entries (principle 3: the machine's state stated with @cacheKey).
import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { cacheKey, memoize } from 'keyproof';

interface ControlPlane {
  assignedPipelines(runnerLabel: string, repo: string): Promise<{ pipeline: string; image: string; cpus: number }[]>;
}

export interface RunnerAssignment {
  repo: string;
  pipelines: { pipeline: string; image: string; cpus: number }[];
}

@Injectable()
export class RunnerAgent {
  @cacheKey
  private readonly runnerLabel: string = hostname().toLowerCase();

  constructor(private readonly controlPlane: ControlPlane) {}

  /** Polled every few seconds by the agent loop; assignments change only when an admin edits them. */
  @memoize({ version: 'runner-assign-v1', ttl: '5m' })
  async assignment(repo: string): Promise<RunnerAssignment> {
    const pipelines = await this.controlPlane.assignedPipelines(this.runnerLabel, repo);
    return { repo, pipelines: pipelines.map((p) => ({ ...p })) };
  }
}
