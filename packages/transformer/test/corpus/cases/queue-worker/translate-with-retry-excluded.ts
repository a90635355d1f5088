// origin: shape of a BullMQ translation worker that wraps each call in a withRetry helper passing an attempt id (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the fresh nanoid() from withRetry reaches the memoised method only as `attemptId`, which the doc comment excludes with @excludeFromKey; it is only a request tag (principle 1).
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

export class GlossaryTranslator {
  constructor(private readonly client: TranslationClient) {}

  /**
   * Translate one UI string.
   * @excludeFromKey attemptId names the attempt in the provider's logs; the translation does not depend on it
   */
  @memoize({ version: 'glossary-v1', ttl: '90d', cost: 0.0004 })
  async translate(attemptId: string, text: string, target: string, source = 'en'): Promise<string> {
    const out = await this.client.translate({ text, target, source, requestTag: attemptId });
    return out.text;
  }
}

export function startGlossaryWorker(translator: GlossaryTranslator) {
  return new Worker<{ strings: string[]; target: string }, string[]>('i18n-glossary', async (job: Job<{ strings: string[]; target: string }, string[]>) => {
    const { strings, target } = job.data;
    const out = await Promise.all(
      strings.map((s) => withRetry((attemptId) => translator.translate(attemptId, s, target))),
    );
    await job.log(`translated ${out.length} strings to ${target}`);
    return out;
  });
}
