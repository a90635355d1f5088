// origin: shape of a BullMQ transcoding worker that numbers the jobs it handles and hands the number to the memoised encoder call (your own writing, never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: KP* batch|seq
// why: nothing more: batch comes from this.seq++, a counter that changes on every job, and it is a keyed parameter of the memoised method, so no key ever repeats
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface TranscodeJob {
  assetId: string;
  preset: '720p' | '1080p' | 'audio';
}

export interface Encoder {
  run(req: { assetId: string; preset: string; lane: number }): Promise<{ url: string; bytes: number }>;
}

export class TranscodeWorker {
  private seq = 0;
  readonly worker: Worker<TranscodeJob>;

  constructor(private readonly encoder: Encoder) {
    this.worker = new Worker<TranscodeJob>('transcode', (job) => this.handle(job), { concurrency: 4 });
  }

  async handle(job: Job<TranscodeJob>): Promise<{ url: string; bytes: number }> {
    const batch = this.seq++;
    await job.updateProgress(10);
    return this.transcode(job.data.assetId, job.data.preset, batch);
  }

  @memoize({ version: 'tx-v5', ttl: '90d', cost: 0.12 })
  async transcode(assetId: string, preset: string, batch: number): Promise<{ url: string; bytes: number }> {
    return this.encoder.run({ assetId, preset, lane: batch % 4 });
  }
}
