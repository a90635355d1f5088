// origin: shape of a summariser with readonly literal model settings that names each summary with a deterministic UUIDv5 (your own writing)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: `model`/`maxTokens` are readonly fields initialised from literals (constants); `v5(url, NS)` is derived from a key field, not a random id
import OpenAI from 'openai';
import { v5 } from 'uuid';
import { memoize } from 'keyproof';

const SUMMARY_NAMESPACE = '6f1c2b1e-4d0a-4f3b-9a57-0c2f1d8e9b44';

export interface Summary { id: string; url: string; bullets: string[] }

export class ArticleSummarizer {
  private readonly model = 'gpt-4o-mini';
  private readonly maxTokens = 400;

  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'sum-v3', ttl: '30d', cost: 0.002 })
  async summarize(url: string, articleText: string): Promise<Summary> {
    const completion = await this.openai.chat.completions.create({
      model: this.model,
      max_tokens: this.maxTokens,
      messages: [
        { role: 'system', content: 'Summarise the article in at most five bullet points, one per line.' },
        { role: 'user', content: articleText },
      ],
    });
    const bullets = (completion.choices[0]?.message.content ?? '')
      .split('\n')
      .map((l) => l.replace(/^[-*•]\s*/, '').trim())
      .filter(Boolean);
    return { id: v5(url, SUMMARY_NAMESPACE), url, bullets };
  }
}
