// origin: shape of a BullMQ thumbnail worker whose memoised render excludes the job id (it only names the log line) and then tags entries with it
// category: queue-worker
// decorators: tc39
// expect: KP91061 jobId
// why: jobId is excluded with @excludeFromKey, so one entry serves every job rendering the same image; tagging it by jobId labels it with the first job only
import { Worker, type Job } from 'bullmq';
import { memoize, tag } from 'keyproof';

interface Thumbnail {
  imageId: string;
  width: number;
  url: string;
}

declare const images: { thumbnail(imageId: string, width: number): Promise<Thumbnail> };

export class Thumbnails {
  /**
   * @excludeFromKey jobId names the worker's log line only
   */
  @memoize({ id: 'thumbs.render', ttl: '30d', tags: ({ imageId, jobId }) => [tag('image', imageId), tag('job', jobId)] })
  async render(imageId: string, width: number, jobId: string): Promise<Thumbnail> {
    console.log(`job ${jobId}: thumbnail ${imageId}@${width}`);
    const t = await images.thumbnail(imageId, width);
    return { imageId: t.imageId, width: t.width, url: t.url };
  }
}

const thumbs = new Thumbnails();
export const worker = new Worker('thumbnails', async (job: Job<{ imageId: string; width: number }>) =>
  thumbs.render(job.data.imageId, job.data.width, String(job.id)),
);
