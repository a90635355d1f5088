// origin: shape of a NestJS summarisation service reading its model from ConfigService (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91046|KP91044 config
// why: the model name comes from the environment through ConfigService at call time and is sent upstream, so the answer depends on an undecided outside value (principle 2).
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface TicketSummary {
  ticketId: string;
  summary: string;
  model: string;
}

@Injectable()
export class TicketSummaryService {
  private readonly logger = new Logger(TicketSummaryService.name);

  constructor(
    private readonly config: ConfigService,
    private readonly openai: OpenAI,
  ) {}

  /**
   * Summarise a support ticket thread for the agent sidebar.
   * The thread text is the whole input; summaries are shared between agents.
   */
  @memoize({ version: 'ticket-summary-v2', ttl: '7d', cost: 0.002 })
  async summarise(ticketId: string, thread: string): Promise<TicketSummary> {
    // SUMMARY_MODEL is switched per deployment (gpt-4o-mini in staging, gpt-4o in prod).
    const model = this.config.getOrThrow<string>('SUMMARY_MODEL');
    this.logger.debug(`summarising ticket ${ticketId} with ${model}`);

    const completion = await this.openai.chat.completions.create({
      model,
      temperature: 0,
      messages: [
        { role: 'system', content: 'Summarise the support thread in three bullet points for a support agent.' },
        { role: 'user', content: thread },
      ],
    });
    return {
      ticketId,
      summary: completion.choices[0]?.message.content ?? '',
      model: completion.model,
    };
  }
}
