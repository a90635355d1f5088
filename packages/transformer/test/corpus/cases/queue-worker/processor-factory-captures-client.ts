// origin: shape of a moderation queue whose processor factory receives the OpenAI client and memoises the moderation call
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the closure captures a client built elsewhere (a service of methods) and a constant model; the text is the only key field
import type { Job, Processor } from 'bullmq';
import type OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODERATION_MODEL = 'gpt-4o-mini';

export interface Verdict {
  allowed: boolean;
  category: string;
}

export function createModerationProcessor(client: OpenAI): Processor<{ commentId: string; text: string }, Verdict> {
  const classify = memoize(
    async function classify(text: string): Promise<Verdict> {
      const res = await client.chat.completions.create({
        model: MODERATION_MODEL,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: 'Return {"allowed": boolean, "category": string} for the comment.' },
          { role: 'user', content: text },
        ],
      });
      const parsed = JSON.parse(res.choices[0]?.message.content ?? '{}') as Partial<Verdict>;
      return { allowed: parsed.allowed ?? true, category: parsed.category ?? 'none' };
    },
    { ttl: '30d', cost: 0.0003 },
  );

  return async (job: Job<{ commentId: string; text: string }, Verdict>) => {
    await job.log(`moderating comment ${job.data.commentId}`);
    return classify(job.data.text.trim());
  };
}
