// origin: shape of a product-copy generator with an as-const prompt table and a template-literal builder (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the prompt is built from an `as const` table, a module constant and the key parameters; the client only carries an API key from the environment, a credential (principle 3).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const MODEL = 'gpt-4o-mini';

const TONES = {
  playful: 'light, witty, at most one exclamation mark',
  premium: 'understated, precise, no superlatives',
  technical: 'spec-first, units and numbers before adjectives',
} as const;

type Tone = keyof typeof TONES;

const prompt = (name: string, features: readonly string[], tone: Tone, maxWords: number) => `
Write a product description for "${name}".
Tone: ${TONES[tone]}.
Features:
${features.map((f) => `- ${f}`).join('\n')}
Stay under ${maxWords} words.`.trim();

export class ProductCopywriter {
  /** Product descriptions are regenerated only when the inputs change. */
  @memoize({ version: 'copy-v5', ttl: '90d', cost: 0.0015 })
  async describe(name: string, features: readonly string[], tone: Tone = 'premium', maxWords = 80): Promise<string> {
    const t0 = performance.now();
    const completion = await openai.chat.completions.create({
      model: MODEL,
      temperature: 0.4,
      max_tokens: maxWords * 2,
      messages: [{ role: 'user', content: prompt(name, features, tone, maxWords) }],
    });
    console.debug(`copy for ${name} in ${(performance.now() - t0).toFixed(0)}ms`);
    return completion.choices[0]?.message.content?.trim() ?? '';
  }
}
