// origin: shape of a Buildkite-style REST connector that sends an API token from the environment in the Authorization header
// category: ci-connector
// decorators: tc39
// expect: clean
// why: process.env is read only for the Authorization credential header; the URL is built from constants and key arguments
import { memoize } from 'keyproof';

const API = 'https://api.buildkite.example.com/v2';

export interface Build {
  number: number;
  state: string;
  commit: string;
}

export class BuildsConnector {
  @memoize({ version: 'v1', ttl: '1m', cost: 0.0001 })
  async latestBuilds(org: string, pipeline: string): Promise<Build[]> {
    const res = await fetch(`${API}/organizations/${org}/pipelines/${pipeline}/builds?per_page=10`, {
      headers: { Authorization: `Bearer ${process.env.BUILDKITE_TOKEN ?? ''}`, Accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`builds ${org}/${pipeline}: ${res.status}`);
    const body = (await res.json()) as Build[];
    return body.map((b) => ({ number: b.number, state: b.state, commit: b.commit }));
  }
}
