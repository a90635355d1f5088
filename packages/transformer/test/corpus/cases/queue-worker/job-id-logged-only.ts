// origin: shape of a BullMQ sentiment worker that passes job data fields to a cached scorer and logs the job id itself
// category: queue-worker
// decorators: tc39
// expect: clean
// why: only job.data fields reach the memoised call; job.id and job.timestamp stay in the worker's own log lines
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface SentimentApi {
  score(body: { text: string; language: string }): Promise<{ score: number; magnitude: number }>;
}

interface ReviewJob {
  reviewId: string;
  text: string;
  language: string;
}

export function createScorer(api: SentimentApi) {
  return memoize(
    async function scoreReview(text: string, language: string): Promise<{ score: number; magnitude: number }> {
      const cleaned = text.replace(/<[^>]+>/g, ' ').trim();
      return api.score({ text: cleaned, language: language.toLowerCase() });
    },
    { version: 'sentiment-v1', ttl: '180d', cost: 0.0001 },
  );
}

export function startWorker(api: SentimentApi) {
  const score = createScorer(api);
  return new Worker<ReviewJob>('sentiment', async (job: Job<ReviewJob>) => {
    await job.log(`job ${job.id} queued at ${new Date(job.timestamp).toISOString()}`);
    const result = await score(job.data.text, job.data.language);
    await job.updateProgress(100);
    return { reviewId: job.data.reviewId, ...result };
  });
}
