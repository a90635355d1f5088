// origin: shape of a BullMQ worker that drafts review replies with Claude, running each job inside an AsyncLocalStorage tenant context
// category: queue-worker
// decorators: legacy
// expect: KP* tenantStorage|replyLocale|locale
// why: draftReply() puts ReviewReplyDrafter.replyLocale() into the system prompt, and that static reads the AsyncLocalStorage store, so two tenants with different locales share one cached reply.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Worker } from 'bullmq';
import Anthropic from '@anthropic-ai/sdk';
import { memoize, notKey } from 'keyproof';

interface TenantContext {
  tenantId: string;
  locale: string;
}

export const tenantStorage = new AsyncLocalStorage<TenantContext>();

export class ReviewReplyDrafter {
  constructor(private readonly anthropic: Anthropic) {}

  static replyLocale(): string {
    return tenantStorage.getStore()?.locale ?? 'en-US';
  }

  @memoize({ version: 'review-reply-v1', ttl: '7d', cost: 0.003 })
  async draftReply(reviewText: string, rating: number, @notKey jobId: string): Promise<string> {
    console.info(`[review-replies] job ${jobId}: drafting reply for a ${rating}-star review`);
    const message = await this.anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 400,
      temperature: 0.4,
      system:
        'Draft a short, polite reply from the shop owner to a customer review. ' +
        `Write it in the language of locale ${ReviewReplyDrafter.replyLocale()}.`,
      messages: [{ role: 'user', content: `Rating: ${rating}/5\n\n${reviewText}` }],
    });
    return message.content.map((block) => block.text).join('').trim();
  }
}

interface ReviewJobData {
  tenantId: string;
  locale: string;
  reviewText: string;
  rating: number;
}

export function startReviewReplyWorker(drafter: ReviewReplyDrafter, connection: object): Worker<ReviewJobData, string> {
  return new Worker<ReviewJobData, string>(
    'review-replies',
    (job) =>
      tenantStorage.run({ tenantId: job.data.tenantId, locale: job.data.locale }, () =>
        drafter.draftReply(job.data.reviewText, job.data.rating, job.id ?? 'unknown'),
      ),
    { connection, concurrency: 4 },
  );
}
