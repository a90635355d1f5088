// origin: shape of a deploy-preview connector whose docstring says the triggering user does not participate in the key
// category: ci-connector
// decorators: tc39
// expect: KP* triggeredBy
// why: the docstring says triggeredBy does not participate in the key, but nothing excludes it, so the plan holds it (docstring claim contradicted)
import { memoize } from 'keyproof';

interface PreviewApi {
  status(repo: string, sha: string): Promise<{ url: string | null; state: 'building' | 'ready' | 'failed' }>;
}

interface Audit {
  record(event: string, actor: string): void;
}

export class PreviewConnector {
  constructor(private readonly api: PreviewApi, private readonly audit: Audit) {}

  /**
   * Looks up the deploy preview for a commit.
   * triggeredBy is recorded in the audit log; it does not participate in the key.
   */
  @memoize({ version: 'v1', ttl: '30s', cost: 0.0001 })
  async preview(repo: string, sha: string, triggeredBy: string): Promise<{ url: string | null; state: string }> {
    this.audit.record('preview.lookup', triggeredBy);
    const s = await this.api.status(repo, sha);
    return { url: s.url, state: s.state };
  }
}
