// origin: review probe: job ids looked up in batches of a configured size, each batch's results pushed one by one in a loop of their own, filtered
// category: queue-worker
// decorators: tc39
// expect: clean
// why: every element's result is gathered back into one list, the same for any width (principle 3).
import { memoize } from 'keyproof';

const STATUS_BATCH = Number(process.env.STATUS_BATCH ?? 200);

interface JobStatus { id: string; state: string }

export const failedJobs = memoize(
  async function failedJobs(jobIds: string[]): Promise<string[]> {
    const failed: string[] = [];
    for (let i = 0; i < jobIds.length; i += STATUS_BATCH) {
      const res = await fetch(`https://jobs.internal/v1/status?ids=${jobIds.slice(i, i + STATUS_BATCH).join(',')}`);
      for (const status of (await res.json()) as JobStatus[]) {
        if (status.state === 'failed') failed.push(status.id);
      }
    }
    return failed.sort();
  },
  { version: 'failed-jobs-v1', ttl: '1m' },
);
