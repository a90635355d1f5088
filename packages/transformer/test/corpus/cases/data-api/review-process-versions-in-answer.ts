// origin: review probe (round 10 rules): process.versions.node returned in a diagnostics answer
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 versions
// why: process.versions.node returned in a diagnostics answer (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
export class Diagnostics {
  @memoize({ version: 'diag-v1', ttl: '1h' })
  async upstream(name: string): Promise<{ upstream: string; runtime: string }> {
    const res = await fetch(`https://status.example.org/${name}`);
    return { upstream: ((await res.json()) as { version: string }).version, runtime: process.versions.node };
  }
}
