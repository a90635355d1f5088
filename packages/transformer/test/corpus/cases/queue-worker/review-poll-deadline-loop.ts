// origin: review probe (round 10 rules): a poll loop (no try) bounded by attempts from env: gives up and returns 'pending', which is cached
// category: queue-worker
// decorators: tc39
// expect: KP91044|KP91046 POLL_ATTEMPTS
// why: a poll loop (no try) bounded by attempts from env: gives up and returns 'pending', which is cached (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
export class Reports {
  @memoize({ version: 'rep-v1', ttl: '1h' })
  async reportUrl(id: string): Promise<string> {
    for (let i = 0; i < Number(process.env.POLL_ATTEMPTS ?? 10); i++) {
      try {
        const res = await fetch(`https://reports.example.com/${id}`);
        const body = (await res.json()) as { url?: string };
        if (body.url) return body.url;
      } catch {
        // transient: try again
      }
    }
    return 'pending';
  }
}
