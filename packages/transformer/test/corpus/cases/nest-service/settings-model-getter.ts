// origin: shape of a NestJS app wrapping ConfigService in a typed settings provider (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91046|KP91040 settings
// why: the settings getter returns the model name from configuration and it goes into the request, so configuration that asks reaches the upstream with no decision (principle 2), even behind an injected class and a getter.
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

@Injectable()
export class AppSettings {
  constructor(private readonly config: ConfigService) {}

  get summaryModel(): string {
    return this.config.get<string>('OPENAI_SUMMARY_MODEL') ?? 'gpt-4o-mini';
  }

  get requestTimeoutMs(): number {
    return this.config.get<number>('OPENAI_TIMEOUT_MS') ?? 30_000;
  }
}

@Injectable()
export class TicketSummaryService {
  constructor(
    private readonly settings: AppSettings,
    @Inject('OPENAI') private readonly openai: OpenAI,
  ) {}

  /** One-paragraph summary of a support ticket thread for the agent sidebar. */
  @memoize({ version: 'ticket-summary-v2', ttl: '7d', cost: 0.002 })
  async summarise(ticketId: string, messages: string[]): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: this.settings.summaryModel,
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'Summarise this support thread for the next agent in one paragraph.' },
        { role: 'user', content: messages.join('\n---\n') },
      ],
    });
    return completion.choices[0]?.message.content ?? `(no summary for ${ticketId})`;
  }
}
