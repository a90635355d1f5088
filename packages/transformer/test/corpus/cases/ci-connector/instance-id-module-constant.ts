// origin: shape of a deploy-status connector that identifies its process with a module-level randomUUID() "instance id" and sends it with each status query
// category: ci-connector
// decorators: legacy
// expect: KP91020 instanceId
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

export const INSTANCE_ID = randomUUID();

export interface DeployStatus { service: string; env: string; version: string; healthy: boolean }
interface DeployApi { status(service: string, env: string, headers: Record<string, string>): Promise<DeployStatus> }

export class DeployStatusClient {
  constructor(private readonly api: DeployApi) {}

  @memoize({ ttl: '30s' })
  async status(service: string, env: 'staging' | 'production', instanceId: string): Promise<DeployStatus> {
    return this.api.status(service, env, { 'x-instance': instanceId });
  }

  async isHealthy(service: string): Promise<boolean> {
    return (await this.status(service, 'production', INSTANCE_ID)).healthy;
  }
}
