// origin: shape of a BullMQ webhook worker polling a carrier tracking API with retry and backoff (never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the retry policy built from configuration, the backoff and the attempt counter only decide how often the same request is sent; the carrier and tracking number are the whole question (principle 3).
import { Worker, type Job } from 'bullmq';
import { memoize, notKey } from 'keyproof';

interface TrackJob { carrier: 'dhl' | 'ups' | 'fedex'; trackingNumber: string; webhookUrl: string }

export interface TrackingStatus { status: string; lastEvent: string; deliveredAt: string | null }

interface RetryPolicy { attempts: number; baseDelayMs: number }

function retryPolicyFromEnv(): RetryPolicy {
  return {
    attempts: Number(process.env.CARRIER_RETRY_ATTEMPTS ?? 4),
    baseDelayMs: Number(process.env.CARRIER_RETRY_BASE_MS ?? 200),
  };
}

async function withRetry<T>(policy: RetryPolicy, run: (attempt: number) => Promise<T>): Promise<T> {
  let failure: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await run(attempt);
    } catch (err) {
      failure = err;
      await new Promise((r) => setTimeout(r, policy.baseDelayMs * 2 ** (attempt - 1) + Math.random() * 100));
    }
  }
  throw failure;
}

class CarrierTracker {
  @notKey('transport: how many times we ask, not what')
  private readonly retry = retryPolicyFromEnv();

  @memoize({ version: 'track-v2', ttl: '15m', cost: 0.001 })
  async status(@notKey('webhook bookkeeping') jobId: string, carrier: string, trackingNumber: string): Promise<TrackingStatus> {
    return withRetry(this.retry, async (attempt) => {
      const res = await fetch(`https://track.aggregator.example/v3/${carrier}/${trackingNumber}`, {
        headers: { 'x-attempt': String(attempt), 'x-job': jobId },
      });
      if (res.status >= 500) throw new Error(`carrier ${carrier} ${res.status}`);
      const body = (await res.json()) as { status: string; events: { text: string }[]; delivered_at?: string };
      return { status: body.status, lastEvent: body.events[0]?.text ?? '', deliveredAt: body.delivered_at ?? null };
    });
  }
}

const tracker = new CarrierTracker();

export const worker = new Worker<TrackJob, void>('tracking', async (job: Job<TrackJob, void>) => {
  const s = await tracker.status(job.id ?? '', job.data.carrier, job.data.trackingNumber);
  await fetch(job.data.webhookUrl, { method: 'POST', body: JSON.stringify(s) });
});
