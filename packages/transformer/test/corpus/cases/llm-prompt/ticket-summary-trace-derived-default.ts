// origin: shape of an LLM support-ticket summariser that excludes the W3C traceparent but derives the OpenAI `user` tag from it in another parameter's default
// category: llm-prompt
// decorators: tc39
// expect: KP* traceparent|endUserTag
// why: `traceparent` is excluded, but the default value of the key parameter `endUserTag` is computed from it, so the trace id reaches the key through the default.
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface TicketSummary {
  summary: string;
  sentiment: 'positive' | 'neutral' | 'negative';
}

const SUMMARY_MODEL = 'gpt-4o-mini-2024-07-18';

export class TicketSummarizer {
  constructor(private readonly openai: OpenAI) {}

  /**
   * Summarise a support ticket thread for the agent sidebar.
   * @excludeFromKey traceparent W3C trace context, different on every request
   */
  @memoize({ version: 'ticket-summary-v3', cost: 0.002 })
  async summarize(
    thread: string,
    traceparent: string,
    endUserTag: string = traceparent.split('-')[1] ?? 'anonymous',
  ): Promise<TicketSummary> {
    const completion = await this.openai.chat.completions.create({
      model: SUMMARY_MODEL,
      temperature: 0,
      response_format: { type: 'json_object' },
      user: endUserTag,
      messages: [
        { role: 'system', content: 'Summarise the ticket in two sentences; answer as JSON {summary, sentiment}.' },
        { role: 'user', content: thread },
      ],
    });
    return JSON.parse(completion.choices[0]?.message.content ?? '{}') as TicketSummary;
  }
}
