// origin: review probe: a module's feature-flag store, refreshed by a timer callback that returns the refresh call's promise, read into the answer
// category: data-api
// decorators: tc39
// expect: KP91046 flags
// why: the flags change while the process runs, so two calls with the same arguments can get different answers from one entry (principle 2).
import { memoize } from 'keyproof';

class FeatureFlags {
  private values = new Map<string, boolean>();
  async refresh(): Promise<void> {
    const res = await fetch('https://flags.internal/v1/flags');
    this.values = new Map(Object.entries((await res.json()) as Record<string, boolean>));
  }
  isOn(name: string): boolean {
    return this.values.get(name) ?? false;
  }
}

const flags = new FeatureFlags();
setInterval(() => flags.refresh(), 30_000);

export const planPrice = memoize(
  async function planPrice(plan: string): Promise<number> {
    const res = await fetch(`https://pricing.internal/v1/plans/${plan}`);
    const { base, discounted } = (await res.json()) as { base: number; discounted: number };
    return flags.isOn('spring-sale') ? discounted : base;
  },
  { version: 'plan-price-v1', ttl: '10m' },
);
