// origin: shape of a DORA-metrics connector computing deployment frequency over a trailing window (luxon DateTime.now().minus in the original)
// category: ci-connector
// decorators: legacy
// expect: KP91020 from
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface Deployment { sha: string; env: string; at: string }
interface DeploymentsApi { list(repo: string, env: string, from: string): Promise<Deployment[]> }

export class DoraMetrics {
  constructor(private readonly deployments: DeploymentsApi) {}

  @memoize({ ttl: '10m' })
  async deploymentsFrom(repo: string, env: string, from: string): Promise<Deployment[]> {
    return this.deployments.list(repo, env, from);
  }

  async deploymentFrequency(repo: string, days = 28): Promise<number> {
    const windowStart = DateTime.now().minus({ days });
    const list = await this.deploymentsFrom(repo, 'production', windowStart.toISO() ?? '');
    return list.length / days;
  }
}
