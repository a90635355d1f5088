// origin: shape of a tiered rewrite service choosing a model from an as-const table by a keyed tier argument, timing the call for logs
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: MODELS is an as-const object indexed by a key field, the client is built from constants, and the clock is read only for a log line
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODELS = { fast: 'gpt-4o-mini', smart: 'gpt-4o' } as const;
const LIMITS = { fast: 300, smart: 900 } as const;

const client = new OpenAI();

interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
}

export class Rewriter {
  constructor(private readonly log: Logger) {}

  @memoize({ version: 'v1', ttl: '14d', cost: 0.002 })
  async rewrite(text: string, tier: keyof typeof MODELS): Promise<string> {
    const t0 = performance.now();
    const res = await client.chat.completions.create({
      model: MODELS[tier],
      max_tokens: LIMITS[tier],
      messages: [
        { role: 'system', content: 'Rewrite the text in clear, plain English.' },
        { role: 'user', content: text },
      ],
    });
    this.log.info('rewrite', { tier, ms: Math.round(performance.now() - t0), tokens: res.usage?.completion_tokens });
    return res.choices[0]?.message.content ?? text;
  }
}
