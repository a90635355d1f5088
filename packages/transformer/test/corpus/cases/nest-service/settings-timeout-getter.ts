// origin: shape of a NestJS app wrapping ConfigService in a typed settings provider (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the settings getters only give the request timeout and the API key, which make the call fail or let it through but never change the summary (principle 3); the model is a module constant.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const SUMMARY_MODEL = 'gpt-4o-mini';
const COMPLETIONS_URL = 'https://api.openai.com/v1/chat/completions';

@Injectable()
export class AppSettings {
  constructor(private readonly config: ConfigService) {}

  get openaiApiKey(): string {
    return this.config.getOrThrow<string>('OPENAI_API_KEY');
  }

  get requestTimeoutMs(): number {
    return this.config.get<number>('OPENAI_TIMEOUT_MS') ?? 30_000;
  }
}

@Injectable()
export class TicketSummaryService {
  constructor(
    private readonly settings: AppSettings,
    private readonly http: HttpService,
  ) {}

  /** One-paragraph summary of a support ticket thread for the agent sidebar. */
  @memoize({ version: 'ticket-summary-v2', ttl: '7d', cost: 0.002 })
  async summarise(ticketId: string, messages: string[]): Promise<string> {
    const body = {
      model: SUMMARY_MODEL,
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'Summarise this support thread for the next agent in one paragraph.' },
        { role: 'user', content: messages.join('\n---\n') },
      ],
    };
    const res = await firstValueFrom(
      this.http.post<{ choices: { message: { content: string } }[] }>(COMPLETIONS_URL, body, {
        timeout: this.settings.requestTimeoutMs,
        headers: { authorization: `Bearer ${this.settings.openaiApiKey}` },
      }),
    );
    return res.data.choices[0]?.message.content ?? `(no summary for ${ticketId})`;
  }
}
