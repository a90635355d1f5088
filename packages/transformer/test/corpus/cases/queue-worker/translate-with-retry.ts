// origin: shape of a BullMQ translation worker that wraps each call in a withRetry helper passing an attempt id (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: KP91020|KP91021|KP91022 attemptId
// why: withRetry hands every attempt a fresh nanoid(), and the worker passes it into `attemptId`, a key parameter of the memoised translate, so the key changes on every call (principle 1).
import { Worker, type Job } from 'bullmq';
import { nanoid } from 'nanoid';
import { memoize } from 'keyproof';

/** Retries with backoff; each attempt gets its own id so the provider's logs can be correlated. */
async function withRetry<T>(fn: (attemptId: string, attempt: number) => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fn(nanoid(12), attempt);
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
    }
  }
  throw lastError;
}

interface TranslationClient {
  translate(req: { text: string; target: string; source?: string; requestTag: string }): Promise<{ text: string; detected: string }>;
}

export class Translator {
  constructor(private readonly client: TranslationClient) {}

  @memoize({ version: 'translate-v2', ttl: '90d', cost: 0.0004 })
  async translate(attemptId: string, text: string, target: string): Promise<string> {
    const out = await this.client.translate({ text, target, requestTag: attemptId });
    return out.text;
  }
}

export function startTranslationWorker(translator: Translator) {
  return new Worker<{ strings: string[]; target: string }, string[]>('i18n-translate', async (job: Job<{ strings: string[]; target: string }, string[]>) => {
    const { strings, target } = job.data;
    const out: string[] = [];
    for (const s of strings) {
      out.push(await withRetry((attemptId) => translator.translate(attemptId, s, target)));
    }
    await job.log(`translated ${out.length} strings to ${target}`);
    return out;
  });
}
