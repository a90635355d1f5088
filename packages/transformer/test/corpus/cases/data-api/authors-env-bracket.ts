// origin: authors (a miss the review of round 10 listed): process['env'] read with brackets picks the model
// category: data-api
// decorators: tc39
// expect: KP91044 OPENAI_MODEL
// why: principle 2
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

export class Summaries {
  @memoize()
  async summarise(text: string): Promise<string> {
    const model = process['env'].OPENAI_MODEL ?? 'gpt-4o-mini';
    const res = await openai.chat.completions.create({ model, messages: [{ role: 'user', content: text }] });
    return res.choices[0]?.message.content ?? '';
  }
}
