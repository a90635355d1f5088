// origin: review probe: a module's circuit breaker whose allow() counts half-open trials (its answer used in a condition), its state read into the answer
// category: queue-worker
// decorators: tc39
// expect: KP91046 breaker
// why: the breaker's state changes as calls fail and pass, so it decides the answer and is in no key (principle 2).
import { memoize } from 'keyproof';

class Breaker {
  state: 'closed' | 'open' | 'half-open' = 'closed';
  private trials = 0;
  allow(): boolean {
    if (this.state === 'open') return false;
    if (this.state === 'half-open') this.trials++;
    return true;
  }
}

const breaker = new Breaker();

export async function dispatch(jobId: string): Promise<void> {
  if (!breaker.allow()) throw new Error(`breaker open, ${jobId} deferred`);
}

export const queueHealth = memoize(
  async function queueHealth(queue: string): Promise<string> {
    const res = await fetch(`https://queues.internal/v1/${queue}/depth`);
    const { depth } = (await res.json()) as { depth: number };
    return `${queue}: ${depth} waiting, upstream ${breaker.state}`;
  },
  { version: 'queue-health-v1', ttl: '30s' },
);
