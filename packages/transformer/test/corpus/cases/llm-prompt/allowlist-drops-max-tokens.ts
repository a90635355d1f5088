// origin: shape of a legacy-decorator completion service that allow-lists only the prompt but also forwards maxTokens
// category: llm-prompt
// decorators: legacy
// expect: KP* maxTokens
// why: @cacheKey on prompt makes the key exactly the prompt, silently dropping maxTokens, which changes the completion (a parameter an allow-list dropped)
import Anthropic from '@anthropic-ai/sdk';
import { memoize, cacheKey } from 'keyproof';

const MODEL = 'claude-3-5-haiku-latest';

export class CompletionService {
  constructor(private readonly anthropic: Anthropic) {}

  @memoize({ version: 'v1', ttl: '7d', cost: 0.004 })
  async complete(@cacheKey prompt: string, maxTokens: number): Promise<string> {
    const msg = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: maxTokens,
      messages: [{ role: 'user', content: prompt }],
    });
    return msg.content.map((b) => b.text).join('');
  }
}
