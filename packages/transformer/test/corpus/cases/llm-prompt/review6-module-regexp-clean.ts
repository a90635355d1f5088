// origin: review probe: a module-level RegExp built with new RegExp (no g flag), its source sent as a JSON-schema pattern and test() used on the reply
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the pattern is a constant built from literals; without the g flag test() keeps no state between calls (nothing more).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const SKU = new RegExp('^[A-Z]{3}-\\d{4}$');
const openai = new OpenAI();

export const extractSku = memoize(
  async function extractSku(description: string): Promise<string | null> {
    const res = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: `Return only the SKU matching /${SKU.source}/ in: ${description}` }],
    });
    const sku = res.choices[0]?.message.content?.trim() ?? '';
    return SKU.test(sku) ? sku : null;
  },
  { version: 'sku-v1', ttl: '30d', cost: 0.001 },
);
