// origin: shape of an LLM summariser whose OpenAI client comes from a small factory module (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the factory builds the client from a credential and a client-name header only, the retry loop and token metrics only observe; the model and prompt are compile-time constants (principle 3).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

/** Every service builds its client here so credentials are read in one place. */
function createOpenAIClient(): OpenAI {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) throw new Error('OPENAI_API_KEY is not set');
  return new OpenAI({ apiKey });
}

const MODEL = 'gpt-4o-mini-2024-07-18';
const MAX_ATTEMPTS = 3;
const SYSTEM = 'Summarise the article in three bullet points. Plain text, no preamble.';

interface TokenMeter { prompt: number; completion: number }

export class ArticleSummariser {
  private readonly client = createOpenAIClient();
  readonly usage: TokenMeter = { prompt: 0, completion: 0 };

  @memoize({ version: 'summary-v5', ttl: '30d', cost: 0.004 })
  async summarise(articleText: string): Promise<string[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        const completion = await this.client.chat.completions.create({
          model: MODEL,
          temperature: 0,
          messages: [
            { role: 'system', content: SYSTEM },
            { role: 'user', content: articleText.slice(0, 24_000) },
          ],
        });
        this.usage.prompt += completion.usage?.prompt_tokens ?? 0;
        this.usage.completion += completion.usage?.completion_tokens ?? 0;
        const text = completion.choices[0]?.message.content ?? '';
        return text.split('\n').map((l) => l.replace(/^[-*•]\s*/, '').trim()).filter(Boolean);
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS) throw err;
        console.warn(`summarise attempt ${attempt} failed, retrying: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, 500 * attempt));
      }
    }
  }
}
