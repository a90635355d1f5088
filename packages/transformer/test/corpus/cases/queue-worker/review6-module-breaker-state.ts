// origin: review probe: a module-level circuit breaker (the program's class) whose open flag switches the answer to a fallback
// category: queue-worker
// decorators: tc39
// expect: KP91046 breaker
// why: while the breaker is open the method returns the empty fallback, and the cache keeps it after the breaker closes: state reaching the answer (principle 2).
import { memoize } from 'keyproof';

class Breaker {
  open = false;
  failures = 0;
  record(ok: boolean): void {
    this.failures = ok ? 0 : this.failures + 1;
    this.open = this.failures >= 5;
  }
}

const breaker = new Breaker();

export const recommendations = memoize(
  async function recommendations(userId: string): Promise<string[]> {
    if (breaker.open) return [];
    const res = await fetch(`https://recs.internal/v1/users/${userId}`);
    breaker.record(res.ok);
    return res.ok ? ((await res.json()) as string[]) : [];
  },
  { version: 'recs-v1', ttl: '10m' },
);
