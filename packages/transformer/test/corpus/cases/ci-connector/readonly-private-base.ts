// origin: shape of a code-search connector with a readonly #private base URL and a static readonly limit
// category: ci-connector
// decorators: tc39
// expect: clean
// why: `readonly #apiBase` initialised from a literal and `static readonly` numbers are compile-time constants; the token comes from an injected service
import { memoize } from 'keyproof';

interface TokenSource {
  token(): Promise<string>;
}

export interface CodeHit {
  repo: string;
  path: string;
  line: number;
}

export class CodeSearchConnector {
  readonly #apiBase = 'https://search.git.example.com/api/v3';
  static readonly MAX_RESULTS = 100;

  constructor(private readonly tokens: TokenSource) {}

  @memoize({ version: 'code-search-v1', ttl: '15m', cost: 0.0002 })
  async search(org: string, query: string): Promise<CodeHit[]> {
    const url = `${this.#apiBase}/orgs/${org}/code?q=${encodeURIComponent(query)}&limit=${CodeSearchConnector.MAX_RESULTS}`;
    const res = await fetch(url, { headers: { authorization: `token ${await this.tokens.token()}` } });
    const body = (await res.json()) as { hits: CodeHit[] };
    return body.hits.slice(0, CodeSearchConnector.MAX_RESULTS);
  }
}
