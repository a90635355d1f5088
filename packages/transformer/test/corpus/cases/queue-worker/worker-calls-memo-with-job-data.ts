// origin: shape of a BullMQ worker that calls a memoised thumbnail-free media probe with fields from job.data and logs job ids
// category: queue-worker
// decorators: tc39
// expect: clean
// why: only job data (the content) is passed to the memoised function; job.id and attempts go to job.log and progress, never the key
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface ProbeResult {
  codec: string;
  width: number;
  height: number;
  durationSec: number;
}

declare const ffprobe: { probe(url: string): Promise<ProbeResult> };

const PROBE_TIMEOUT_MS = 30_000;

export const probeMedia = memoize(
  async function probeMedia(sourceUrl: string): Promise<ProbeResult> {
    const r = await Promise.race([
      ffprobe.probe(sourceUrl),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('probe timeout')), PROBE_TIMEOUT_MS)),
    ]);
    return { codec: r.codec, width: r.width, height: r.height, durationSec: r.durationSec };
  },
  { ttl: '30d', cost: 0.002 },
);

export const worker = new Worker<{ sourceUrl: string }, ProbeResult>('probe', async (job: Job<{ sourceUrl: string }, ProbeResult>) => {
  await job.log(`probe job ${job.id} attempt ${job.attemptsMade + 1}`);
  const result = await probeMedia(job.data.sourceUrl);
  await job.updateProgress(100);
  return result;
});
