// origin: shape of a summariser whose readonly static sampling options are tuned in place by an admin endpoint
// category: llm-prompt
// decorators: tc39
// expect: KP* DEFAULTS
// why: `readonly` stops `Summariser.DEFAULTS = …`, not `Summariser.DEFAULTS.temperature = t`; the temperature shapes every answer and changes while entries live
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
}

export function tune(temperature: number): void {
  Summariser.DEFAULTS.temperature = temperature;
}
