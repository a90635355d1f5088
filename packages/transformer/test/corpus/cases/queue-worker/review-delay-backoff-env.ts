// origin: review probe (round 10 rules): a backoff delay from env passed to a sleep helper
// category: queue-worker
// decorators: tc39
// expect: clean
// why: a backoff delay from env passed to a sleep helper (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import { setTimeout as sleep } from 'node:timers/promises';
export class Transcode {
  @memoize({ version: 'tx-v1', ttl: '1d' })
  async status(jobId: string): Promise<string> {
    let body = { state: 'queued' };
    while (body.state === 'queued') {
      await sleep(Number(process.env.POLL_MS ?? 500));
      const res = await fetch(`https://transcode.example.com/jobs/${jobId}`);
      body = (await res.json()) as { state: string };
    }
    return body.state;
  }
}
