// origin: shape of a GitHub webhook connector that keeps the delivery id in AsyncLocalStorage for structured logs while fetching file contents
// category: ci-connector
// decorators: legacy
// expect: clean
// why: the per-delivery AsyncLocalStorage context is read only for a log line; the upstream request and the answer depend on key arguments alone
import { AsyncLocalStorage } from 'node:async_hooks';
import { Octokit } from '@octokit/rest';
import { Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

export const delivery = new AsyncLocalStorage<{ deliveryId: string; receivedAt: number }>();

export class ConfigFileReader {
  private readonly logger = new Logger('ConfigFileReader');

  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'cfg-v1', ttl: '1d', cost: 0.0001 })
  async readFile(owner: string, repo: string, path: string, sha: string): Promise<string | null> {
    const ctx = delivery.getStore();
    this.logger.log(`fetching ${path}@${sha.slice(0, 7)}`, { deliveryId: ctx?.deliveryId, ageMs: ctx ? Date.now() - ctx.receivedAt : undefined });
    const { data } = await this.octokit.rest.repos.getContent({ owner, repo, path, ref: sha });
    return data.content ? Buffer.from(data.content, 'base64').toString('utf8') : null;
  }
}

export async function onPush(reader: ConfigFileReader, deliveryId: string, owner: string, repo: string, sha: string) {
  return delivery.run({ deliveryId, receivedAt: Date.now() }, () => reader.readFile(owner, repo, '.acme-ci.yml', sha));
}
