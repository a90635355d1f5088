// origin: shape of a product-description generator class using legacy parameter decorators to key the prompt text normalised
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: both parameters the body uses carry @cacheKey; the client is built from constants and the model and system prompt are const literals
import OpenAI from 'openai';
import { memoize, cacheKey, normalize } from 'keyproof';

const MODEL = 'gpt-4o-mini';
const SYSTEM_PROMPT = 'You write concise, factual product descriptions for an online store.';

export class DescriptionWriter {
  private readonly openai = new OpenAI({ baseURL: 'https://api.openai.com/v1' });

  @memoize({ version: 'v4', ttl: '60d', cost: 0.001 })
  async describe(@cacheKey(normalize.text) productName: string, @cacheKey tone: 'playful' | 'formal'): Promise<string> {
    const res = await this.openai.chat.completions.create({
      model: MODEL,
      temperature: 0.3,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: `Write a ${tone} description for: ${productName}` },
      ],
    });
    return res.choices[0]?.message.content ?? '';
  }
}
