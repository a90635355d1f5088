// origin: shape of an LLM support-ticket summariser that excludes the W3C traceparent and uses it only to label its log span
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the excluded `traceparent` only reaches a log line; the other parameter's default is a constant, and `customerId` (an answer that differs per customer) is an ordinary key parameter.
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface ThreadSummary {
  summary: string;
  sentiment: 'positive' | 'neutral' | 'negative';
}

const THREAD_MODEL = 'gpt-4o-mini-2024-07-18';
const ANONYMOUS = 'anonymous';

export class ThreadSummarizer {
  constructor(private readonly openai: OpenAI) {}

  /**
   * Summarise a support thread for the agent sidebar. The customer id is part of the cache
   * key: the summary mentions the customer's plan.
   * @excludeFromKey traceparent W3C trace context, only labels the log span
   */
  @memoize({ version: 'thread-summary-v1', cost: 0.002 })
  async summarize(thread: string, traceparent: string, customerId: string = ANONYMOUS): Promise<ThreadSummary> {
    const started = performance.now();
    const completion = await this.openai.chat.completions.create({
      model: THREAD_MODEL,
      temperature: 0,
      response_format: { type: 'json_object' },
      user: customerId,
      messages: [
        { role: 'system', content: 'Summarise the ticket in two sentences; answer as JSON {summary, sentiment}.' },
        { role: 'user', content: thread },
      ],
    });
    console.info(`span ${traceparent} summarize took ${Math.round(performance.now() - started)} ms`);
    return JSON.parse(completion.choices[0]?.message.content ?? '{}') as ThreadSummary;
  }
}
