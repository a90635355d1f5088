// origin: shape of an A/B prompt experiment: one of two system prompts picked at random per request (VARIANTS[Math.floor(Math.random() * 2)]), the chosen variant a key field: two entries, both hit
// category: llm-prompt
// decorators: legacy
// expect: clean
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const VARIANTS = ['concise', 'friendly'] as const;
type Variant = (typeof VARIANTS)[number];
const SYSTEM: Record<Variant, string> = { concise: 'Answer in one sentence.', friendly: 'Answer warmly, in two sentences.' };

export class AbAnswers {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ ttl: '7d', cost: 0.001 })
  async answer(variant: Variant, question: string): Promise<string> {
    const res = await this.openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: SYSTEM[variant] }, { role: 'user', content: question }] });
    return res.choices[0]?.message.content ?? '';
  }

  async ask(question: string): Promise<{ variant: Variant; text: string }> {
    const variant = VARIANTS[Math.floor(Math.random() * VARIANTS.length)] ?? 'concise';
    return { variant, text: await this.answer(variant, question) };
  }
}
