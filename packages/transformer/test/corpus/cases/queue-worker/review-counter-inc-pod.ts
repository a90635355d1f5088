// origin: review probe (round 10 rules): a prom Counter inc with pod label from env (recorder by type)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: a prom Counter inc with pod label from env (recorder by type) (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Counter { inc(labels: Record<string, string>, n?: number): void }
declare const lookups: Counter;
export class Resolver {
  @memoize({ version: 'res-v1', ttl: '1h' })
  async resolve(id: string): Promise<string> {
    lookups.inc({ pod: process.env.HOSTNAME ?? 'local', pid: String(process.pid) });
    const res = await fetch(`https://ids.example.com/${id}`);
    return ((await res.json()) as { canonical: string }).canonical;
  }
}
