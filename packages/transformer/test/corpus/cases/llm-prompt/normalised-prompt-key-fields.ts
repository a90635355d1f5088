// origin: shape of an OpenAIChatMemoize-style class (memoize_v2(['messages', 'model']) in the Python original): model a key field, the prompt normalised before hashing, a logger that needs no decision
// category: llm-prompt
// decorators: legacy
// expect: KP* temperature
// why: `@cacheKey` on `prompt` makes the key exactly the prompt (and the @cacheKey field model); `temperature` is left out yet sent to the model: calls at 0 and 0.9 share one answer (wave 3: this case was recorded clean while the allow-list check missed shorthand properties)
import OpenAI from 'openai';
import { cacheKey, memoize, normalize } from 'keyproof';

interface Logger { info(message: string, meta?: Record<string, unknown>): void }

export class ChatGpt {
  @cacheKey readonly model: string;
  /** @notKey only limits the reply length; the cache stores complete replies */
  readonly maxTokens = 800;

  constructor(private readonly client: OpenAI, private readonly logger: Logger, model = 'gpt-4o-mini') {
    this.model = model;
  }

  @memoize({ ttl: '14d', cost: 0.001 })
  async ask(@cacheKey(normalize.text) prompt: string, temperature = 0): Promise<string> {
    this.logger.info('chat completion', { model: this.model, chars: prompt.length });
    const res = await this.client.chat.completions.create({ model: this.model, temperature, max_tokens: this.maxTokens, messages: [{ role: 'user', content: prompt }] });
    return res.choices[0]?.message.content ?? '';
  }
}
