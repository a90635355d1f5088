// origin: shape of a worker factory that wires a memoised moderation step from an injected client, a logger and a metrics sink (your own writing)
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the closure captures only services (objects of methods: client, logger, metrics) and a const model; the request is built from the function's own parameters
import { Worker, type Job } from 'bullmq';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface Metrics { increment(name: string, by?: number): void; timing(name: string, ms: number): void }
interface Log { warn(msg: string): void }

const MODERATION_MODEL = 'gpt-4o-mini';

export function createModerationWorker(openai: OpenAI, metrics: Metrics, log: Log) {
  const moderate = memoize(
    async function moderate(text: string, policy: 'strict' | 'lenient'): Promise<{ flagged: boolean; reason: string }> {
      metrics.increment('moderation.upstream');
      const completion = await openai.chat.completions.create({
        model: MODERATION_MODEL,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: `Moderate under the ${policy} policy. Reply {"flagged": bool, "reason": string}.` },
          { role: 'user', content: text },
        ],
      });
      try {
        return JSON.parse(completion.choices[0]?.message.content ?? '{}') as { flagged: boolean; reason: string };
      } catch {
        log.warn('moderation answer was not JSON');
        return { flagged: false, reason: 'unparsed' };
      }
    },
    { ttl: '30d', cost: 0.0003 },
  );

  return new Worker<{ text: string; strict?: boolean }>('moderation', async (job: Job<{ text: string; strict?: boolean }>) => {
    const started = Date.now();
    const verdict = await moderate(job.data.text, job.data.strict ? 'strict' : 'lenient');
    metrics.timing('moderation.job', Date.now() - started);
    return verdict;
  });
}
