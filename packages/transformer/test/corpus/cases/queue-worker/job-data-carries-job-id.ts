// origin: shape of a BullMQ thumbnail processor (Worker('image-processing', async (job) => …) in public image-processing repos): job.data passed whole where the declared type is the smaller request
// category: queue-worker
// decorators: tc39
// expect: KP91011|KP91012|KP91020 jobId
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface ThumbRequest { fileId: string; width: number; format: 'webp' | 'jpeg' }
export interface ThumbJob extends ThumbRequest { jobId: string; userId: string }
interface Storage { read(fileId: string): Promise<Uint8Array>; resize(bytes: Uint8Array, width: number, format: string): Promise<Uint8Array> }

export class Thumbnailer {
  constructor(private readonly storage: Storage) {}

  /**
   * Thumbnails are shared across jobs.
   * @excludeFromKey jobId unique per queue job
   */
  @memoize({ ttl: '30d' })
  async thumbnail(jobId: string, req: ThumbRequest): Promise<Uint8Array> {
    const bytes = await this.storage.read(req.fileId);
    return this.storage.resize(bytes, req.width, req.format);
  }
}

export function startWorker(thumbs: Thumbnailer): Worker<ThumbJob, number> {
  return new Worker<ThumbJob, number>('thumbnails', async (job: Job<ThumbJob, number>) => {
    const out = await thumbs.thumbnail(job.data.jobId, job.data);
    await job.updateProgress(100);
    return out.byteLength;
  });
}
