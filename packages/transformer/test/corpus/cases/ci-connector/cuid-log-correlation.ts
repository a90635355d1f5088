// origin: shape of a deployment-status connector that tags each upstream call with a fresh cuid2 for log correlation
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the generated id and the wall-clock timing are read only by the logger; the key is owner, repo and sha
import { createId } from '@paralleldrive/cuid2';
import { Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

interface DeploymentsApi {
  statuses(owner: string, repo: string, sha: string): Promise<{ environment: string; state: string }[]>;
}

export class DeploymentStatusConnector {
  private readonly logger = new Logger('DeploymentStatusConnector');

  constructor(private readonly api: DeploymentsApi) {}

  @memoize({ version: 'deploy-v1', ttl: '1m', cost: 0.0001 })
  async statusFor(owner: string, repo: string, sha: string): Promise<Record<string, string>> {
    const correlationId = createId();
    const started = new Date();
    this.logger.debug(`deployments ${owner}/${repo}@${sha.slice(0, 7)}`, { correlationId, at: started.toISOString() });
    const rows = await this.api.statuses(owner, repo, sha);
    const byEnv: Record<string, string> = {};
    for (const row of rows) byEnv[row.environment] ??= row.state;
    this.logger.debug('deployments done', { correlationId, ms: Date.now() - started.getTime() });
    return byEnv;
  }
}
