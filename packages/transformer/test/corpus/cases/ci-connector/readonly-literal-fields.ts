// origin: shape of a GitHub REST client class with literal-initialised readonly fields (perPage = 100, apiBase, acceptHeader), a static default and a constant getter, as most hand-written API clients have
// category: ci-connector
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface Release { tag_name: string; name: string | null; published_at: string | null; prerelease: boolean }

export class ReleasesClient {
  static readonly DEFAULT_TIMEOUT_MS = 10_000;
  private readonly apiBase = 'https://api.github.com';
  private readonly perPage = 100;
  private readonly accept = 'application/vnd.github+json';

  private get userAgent(): string {
    return 'acme-release-bot/1.0';
  }

  @memoize({ ttl: '10m' })
  async releases(owner: string, repo: string, includePrereleases = false): Promise<Release[]> {
    const res = await fetch(`${this.apiBase}/repos/${owner}/${repo}/releases?per_page=${this.perPage}`, {
      headers: { accept: this.accept, 'user-agent': this.userAgent },
      signal: AbortSignal.timeout(ReleasesClient.DEFAULT_TIMEOUT_MS),
    });
    const all = (await res.json()) as Release[];
    return includePrereleases ? all : all.filter((r) => !r.prerelease);
  }
}
