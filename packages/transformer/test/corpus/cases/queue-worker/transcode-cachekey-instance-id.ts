// origin: shape of a BullMQ video-transcode worker class that tags itself with a worker id and keys the probe cache by it
// category: queue-worker
// decorators: tc39
// expect: KP* workerId
// why: a @cacheKey class field initialised from randomUUID() makes every worker instance's key its own: per-call (per-instance) value in the key
import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { memoize, cacheKey } from 'keyproof';

export interface ProbeResult {
  durationSec: number;
  width: number;
  height: number;
  codec: string;
}

interface MediaProbe {
  probe(url: string, opts: { timeoutMs: number }): Promise<ProbeResult>;
}

export class TranscodeWorker {
  @cacheKey readonly workerId = randomUUID();

  constructor(private readonly prober: MediaProbe) {}

  @memoize({ version: 'probe-v1', ttl: '7d', cost: 0.01 })
  async probe(sourceUrl: string): Promise<ProbeResult> {
    const r = await this.prober.probe(sourceUrl, { timeoutMs: 20_000 });
    return { durationSec: r.durationSec, width: r.width, height: r.height, codec: r.codec };
  }

  start(): Worker<{ sourceUrl: string }> {
    return new Worker<{ sourceUrl: string }>('transcode', async (job) => {
      const info = await this.probe(job.data.sourceUrl);
      await job.log(`probed ${info.width}x${info.height}`);
    });
  }
}
