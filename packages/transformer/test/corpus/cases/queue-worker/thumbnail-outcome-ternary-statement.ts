// origin: shape of a BullMQ thumbnail processor that keeps started/retried/completed/failed tallies for a health endpoint (own writing)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: `this.markStarted();` discards the helper's stepped return value, and `attemptsMade > 0 && this.retried++;` and `ok ? this.completed++ : this.failed++;` are statements, so nothing stepped reaches the memoised thumbnail key.
import { Worker, type Job } from 'bullmq';
import { memoize, cacheKey } from 'keyproof';

interface ImageResizer {
  resize(sourceKey: string, width: number): Promise<{ key: string; bytes: number }>;
}

interface ThumbJob {
  sourceKey: string;
  width: number;
}

export interface Thumbnail {
  key: string;
  bytes: number;
}

export class ThumbnailRenderer {
  constructor(private readonly resizer: ImageResizer) {}

  @memoize({ version: 'thumbs-v2', ttl: '30d', cost: 0.001 })
  async thumbnail(@cacheKey sourceKey: string, @cacheKey width: number): Promise<Thumbnail> {
    const out = await this.resizer.resize(sourceKey, width);
    return { key: out.key, bytes: out.bytes };
  }
}

export class ThumbnailQueueProcessor {
  private startedTotal = 0;
  private retried = 0;
  private completed = 0;
  private failed = 0;

  constructor(private readonly renderer: ThumbnailRenderer) {}

  health(): { started: number; retried: number; completed: number; failed: number } {
    return { started: this.startedTotal, retried: this.retried, completed: this.completed, failed: this.failed };
  }

  private markStarted(): number {
    return ++this.startedTotal;
  }

  private record(ok: boolean): void {
    ok ? this.completed++ : this.failed++;
  }

  start(): Worker<ThumbJob, Thumbnail> {
    const worker = new Worker<ThumbJob, Thumbnail>('thumbnails', async (job: Job<ThumbJob, Thumbnail>) => {
      this.markStarted();
      job.attemptsMade > 0 && this.retried++;
      return this.renderer.thumbnail(job.data.sourceKey, job.data.width);
    });
    worker.on('completed', () => this.record(true));
    worker.on('failed', () => this.record(false));
    return worker;
  }
}
