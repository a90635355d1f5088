// origin: shape of a BullMQ worker that drafts support macros with Claude, running each job inside an AsyncLocalStorage job context used for log correlation
// category: queue-worker
// decorators: legacy
// expect: clean
// why: the static helper reads the AsyncLocalStorage store only to build a correlation tag for a log line; the prompt uses the parameters and constants alone.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Worker } from 'bullmq';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

interface JobContext {
  jobId: string;
  attempt: number;
}

export const jobContextStorage = new AsyncLocalStorage<JobContext>();

const MACRO_MODEL = 'claude-3-5-sonnet-latest';

export class SupportMacroDrafter {
  constructor(private readonly anthropic: Anthropic) {}

  static correlationTag(): string {
    const ctx = jobContextStorage.getStore();
    return ctx ? `job=${ctx.jobId} attempt=${ctx.attempt}` : 'job=none';
  }

  @memoize({ version: 'support-macro-v1', ttl: '30d', cost: 0.01 })
  async suggestMacro(ticketCategory: string, exampleTicket: string): Promise<string> {
    console.info(`[support-macros] ${SupportMacroDrafter.correlationTag()} drafting macro for ${ticketCategory}`);
    const message = await this.anthropic.messages.create({
      model: MACRO_MODEL,
      max_tokens: 800,
      system: 'You write reusable support macros: a friendly reply template with {{placeholders}} for customer details.',
      messages: [
        { role: 'user', content: `Category: ${ticketCategory}\n\nTypical ticket:\n${exampleTicket}` },
      ],
    });
    return message.content.map((block) => block.text).join('').trim();
  }
}

interface MacroJobData {
  ticketCategory: string;
  exampleTicket: string;
}

export function startMacroWorker(drafter: SupportMacroDrafter, connection: object): Worker<MacroJobData, string> {
  return new Worker<MacroJobData, string>(
    'support-macros',
    (job) =>
      jobContextStorage.run({ jobId: job.id ?? 'unknown', attempt: job.attemptsMade + 1 }, () =>
        drafter.suggestMacro(job.data.ticketCategory, job.data.exampleTicket),
      ),
    { connection, concurrency: 2 },
  );
}
