// origin: shape of a webhook-delivery worker whose memoised schema validation takes the attempt number and job id for metrics
// category: queue-worker
// decorators: legacy
// expect: clean
// why: attempt is excluded with a reason and jobId is @notKey; both reach only the metrics client, never the upstream call or the result
import type { Job } from 'bullmq';
import { memoize, notKey } from 'keyproof';

interface Metrics {
  histogram(name: string, value: number, tags?: Record<string, string>): void;
}

interface SchemaRegistry {
  validate(schemaId: string, payload: string): Promise<{ valid: boolean; errors: string[] }>;
}

export class PayloadValidator {
  constructor(private readonly registry: SchemaRegistry, private readonly metrics: Metrics) {}

  /**
   * @excludeFromKey attempt retries of the same payload validate the same way
   */
  @memoize({ version: 'v1', ttl: '1d', cost: 0.0001 })
  async validate(schemaId: string, payload: string, attempt: number, @notKey jobId: string): Promise<{ valid: boolean; errors: string[] }> {
    this.metrics.histogram('validate.attempt', attempt, { schemaId, jobId });
    const result = await this.registry.validate(schemaId, payload);
    return { valid: result.valid, errors: [...result.errors] };
  }
}

export async function processDelivery(job: Job<{ schemaId: string; body: string }>, v: PayloadValidator) {
  return v.validate(job.data.schemaId, job.data.body, job.attemptsMade, job.id ?? '');
}
