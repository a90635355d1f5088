// origin: shape of a product-copy generator that normalises its prompt parameter and fans out to two models in parallel (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the @cacheKey allow-list holds every parameter the body reads (brief with a normaliser, tone); the request id is @notKey and read only for a log line; both parallel calls use key fields and constants
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { memoize, cacheKey, notKey, normalize } from 'keyproof';

const DRAFT_MODEL = 'gpt-4o-mini';
const REVIEW_MODEL = 'claude-3-5-haiku-latest';

export class ProductCopyService {
  constructor(private readonly openai: OpenAI, private readonly anthropic: Anthropic) {}

  @memoize({ version: 'copy-v4', ttl: '30d', cost: 0.006 })
  async write(
    @cacheKey(normalize.text) brief: string,
    @cacheKey tone: 'playful' | 'formal',
    @notKey requestId: string,
  ): Promise<{ draft: string; critique: string }> {
    console.debug(`[${requestId}] product copy`);
    const [draft, critique] = await Promise.all([
      this.openai.chat.completions.create({ model: DRAFT_MODEL, messages: [{ role: 'user', content: `Write ${tone} copy: ${brief}` }] }),
      this.anthropic.messages.create({ model: REVIEW_MODEL, max_tokens: 300, messages: [{ role: 'user', content: `List risks in this brief: ${brief}` }] }),
    ]);
    return { draft: draft.choices[0]?.message.content ?? '', critique: critique.content.map((b) => b.text).join('') };
  }
}
