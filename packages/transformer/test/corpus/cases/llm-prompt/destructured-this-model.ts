// origin: shape of a LangChain-style summariser class holding its model name and temperature as fields, read with const { model, temperature } = this
// category: llm-prompt
// decorators: tc39
// expect: KP91040 model
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class Summariser {
  constructor(private readonly openai: OpenAI, readonly model: string, readonly temperature: number) {}

  @memoize({ ttl: '30d', cost: 0.004 })
  async summarise(text: string, maxWords: number): Promise<string> {
    const { model, temperature } = this;
    const res = await this.openai.chat.completions.create({
      model,
      temperature,
      messages: [
        { role: 'system', content: `Summarise in at most ${maxWords} words.` },
        { role: 'user', content: text },
      ],
    });
    return res.choices[0]?.message.content ?? '';
  }
}
