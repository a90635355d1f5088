// origin: shape of a BullMQ thumbnail worker in front of a paid image-resizing API (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the env-configured concurrency, the job id (excluded with a reason, only logged) and the metric counters change nothing the resizer is asked; the key is the source URL and width (principles 1 and 3).
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface ThumbJob {
  sourceUrl: string;
  width: number;
}

/** Thin wrapper so the worker does not depend on the metrics backend directly. */
class Metrics {
  private readonly counters = new Map<string, number>();
  increment(name: string, by = 1): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + by);
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }
}

const metrics = new Metrics();
const RESIZER = 'https://img.resizer.example/v2/resize';

class Thumbnailer {
  /**
   * Resize one source image; the same source and width give the same bytes.
   * @excludeFromKey jobId labels the upstream request in its logs only
   */
  @memoize({ version: 'thumb-v2', ttl: '30d', cost: 0.0025 })
  async render(jobId: string, sourceUrl: string, width: number): Promise<Uint8Array> {
    metrics.increment('thumb.upstream');
    console.log(`job ${jobId}: resizing ${sourceUrl} to ${width}px`);
    const res = await fetch(RESIZER, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-job-id': jobId },
      body: JSON.stringify({ url: sourceUrl, width, format: 'webp', quality: 82 }),
    });
    if (!res.ok) throw new Error(`resize failed: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

const thumbnailer = new Thumbnailer();

export const worker = new Worker<ThumbJob, number>(
  'thumbnails',
  async (job: Job<ThumbJob, number>) => {
    const bytes = await thumbnailer.render(job.id ?? 'unknown', job.data.sourceUrl, job.data.width);
    metrics.increment('thumb.bytes', bytes.byteLength);
    return bytes.byteLength;
  },
  { concurrency: Number(process.env.THUMB_CONCURRENCY ?? 4) },
);
