// origin: shape of a self-hosted runner agent asking its control plane which labels this host carries (per-node config lookups, Consul/etcd style): the host is what the answer is about, confirmed with @cacheKey
// category: ci-connector
// decorators: tc39
// expect: clean
// key: host
import { hostname } from 'node:os';
import { memoize } from 'keyproof';

interface ControlPlane { labels(host: string): Promise<string[]> }

export class RunnerAgent {
  constructor(private readonly control: ControlPlane) {}

  /**
   * The labels the control plane assigns to a host.
   * @cacheKey host each host has its own labels
   */
  @memoize({ ttl: '10m' })
  async labelsOf(host: string): Promise<string[]> {
    return this.control.labels(host);
  }

  async canRun(requiredLabels: readonly string[]): Promise<boolean> {
    const mine = await this.labelsOf(hostname());
    return requiredLabels.every((l) => mine.includes(l));
  }
}
