// origin: shape of a nightly SEO worker that refreshes keyword volumes at most weekly, keyed on a dayjs week bucket (your own writing)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: `week` is `dayjs().startOf('week')` formatted where it is written (a time bucket); the job's timestamp and attempts go only to the job log
import { Worker, type Job } from 'bullmq';
import dayjs from 'dayjs';
import { memoize } from 'keyproof';

interface KeywordApi { volumes(keywords: string[], market: string): Promise<Record<string, number>> }

export class KeywordVolumes {
  constructor(private readonly api: KeywordApi) {}

  @memoize({ version: 'kw-v1', ttl: '8d', cost: 0.03 })
  async weekly(keyword: string, market: string, week: string): Promise<number> {
    const res = await this.api.volumes([keyword.toLowerCase()], market);
    return res[keyword.toLowerCase()] ?? 0;
  }
}

export function startSeoWorker(volumes: KeywordVolumes): Worker<{ keywords: string[]; market: string }> {
  return new Worker<{ keywords: string[]; market: string }>('seo', async (job: Job<{ keywords: string[]; market: string }>) => {
    const week = dayjs().startOf('week').format('YYYY-MM-DD');
    const out: Record<string, number> = {};
    for (const kw of job.data.keywords) out[kw] = await volumes.weekly(kw, job.data.market, week);
    await job.log(`run ${job.id} attempt ${job.attemptsMade} queued at ${job.timestamp}`);
    return out;
  });
}
