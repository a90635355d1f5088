// origin: shape of a summariser with readonly static sampling options that nothing writes
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: a static table of literals that no code writes into is a constant of the program
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class Summariser {
  static readonly DEFAULTS = { model: 'gpt-4o-mini', temperature: 0.2 };

  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'v1', ttl: '1d', cost: 0.002 })
  async summarise(text: string): Promise<string> {
    const res = await this.openai.chat.completions.create({
      model: Summariser.DEFAULTS.model,
      temperature: Summariser.DEFAULTS.temperature,
      messages: [{ role: 'user', content: `Summarise:\n${text}` }],
    });
    return res.choices[0]?.message.content ?? '';
  }

  describe(): string {
    return `${Summariser.DEFAULTS.model} at ${Summariser.DEFAULTS.temperature}`;
  }
}
