// origin: shape of a BullMQ thumbnail worker shelling out to libvips through temp files (never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the random temp paths are scratch space inside the call (written, read back, deleted) and the answer is only the thumbnail bytes, so nothing per-call reaches the key or the result (principle 1, scratch values).
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

const run = promisify(execFile);

export class ThumbnailService {
  /** A JPEG thumbnail `width` pixels wide; the source bytes identify the image. */
  @memoize({ version: 'thumb-v2', ttl: '180d', cost: 0.0002 })
  async thumbnail(source: Uint8Array, width: number): Promise<Buffer> {
    const scratch = join(tmpdir(), `thumb-${randomUUID()}`);
    const input = `${scratch}.src`;
    const output = `${scratch}.jpg`;
    try {
      await writeFile(input, source);
      await run('vips', ['thumbnail', input, `${output}[Q=82,strip]`, String(width)]);
      return await readFile(output);
    } finally {
      await Promise.all([rm(input, { force: true }), rm(output, { force: true })]);
    }
  }
}

const thumbnails = new ThumbnailService();

export interface ThumbJob {
  assetId: string;
  sourceBase64: string;
  width: number;
}

export const thumbWorker = new Worker<ThumbJob, string>('thumbnails', async (job: Job<ThumbJob, string>) => {
  const bytes = await thumbnails.thumbnail(Buffer.from(job.data.sourceBase64, 'base64'), job.data.width);
  await job.log(`${job.data.assetId}: ${bytes.length} bytes`);
  return bytes.toString('base64');
});
