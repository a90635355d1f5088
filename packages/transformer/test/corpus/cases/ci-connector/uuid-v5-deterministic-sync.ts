// origin: shape of a test-analytics connector deriving a stable suite id with uuid v5 from the repo and suite name before querying
// category: ci-connector
// decorators: tc39
// expect: clean
// why: uuid v5 is a deterministic hash of key arguments and a constant namespace, not an id generator; nothing per-call reaches the key or upstream
import { v5 } from 'uuid';
import { memoize } from 'keyproof';

const SUITE_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

interface TestAnalytics {
  flakyTests(suiteId: string, window: '7d' | '30d'): Promise<{ name: string; flakeRate: number }[]>;
}

export class FlakyTestConnector {
  constructor(private readonly analytics: TestAnalytics) {}

  @memoize({ version: 'v1', ttl: '1h', cost: 0.0005 })
  async flaky(repo: string, suite: string, window: '7d' | '30d'): Promise<{ name: string; flakeRate: number }[]> {
    const suiteId = v5(`${repo}#${suite}`, SUITE_NAMESPACE);
    const rows = await this.analytics.flakyTests(suiteId, window);
    return rows.filter((r) => r.flakeRate > 0.01).map((r) => ({ name: r.name, flakeRate: r.flakeRate }));
  }
}
