// origin: shape of a shipping-insurance premium client instrumented with a metrics client, a Nest logger and performance timers
// category: pricing-client
// decorators: legacy
// expect: clean
// why: performance.now() and the metrics/log calls are observability only; the insurer client is a service and the rate floor a constant
import { Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

interface Insurer {
  premium(valueCents: number, destination: string): Promise<{ premiumCents: number; provider: string }>;
}

interface Metrics {
  increment(name: string, tags?: Record<string, string>): void;
  timing(name: string, ms: number): void;
}

const MIN_PREMIUM_CENTS = 99;

export class InsurancePricing {
  private readonly log = new Logger('InsurancePricing');

  constructor(private readonly insurer: Insurer, private readonly metrics: Metrics) {}

  @memoize({ version: 'v1', ttl: '6h', cost: 0.003 })
  async premium(valueCents: number, destination: string): Promise<number> {
    const started = performance.now();
    this.metrics.increment('insurance.quote', { destination });
    const q = await this.insurer.premium(valueCents, destination);
    const ms = performance.now() - started;
    this.metrics.timing('insurance.quote.ms', ms);
    this.log.debug(`premium from ${q.provider} in ${ms.toFixed(1)}ms`);
    return Math.max(q.premiumCents, MIN_PREMIUM_CENTS);
  }
}
