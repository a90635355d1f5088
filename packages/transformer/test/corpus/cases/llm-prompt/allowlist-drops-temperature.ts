// origin: shape of a copywriting service that allow-lists the prompt for the key but also takes a sampling temperature (your own writing)
// category: llm-prompt
// decorators: legacy
// expect: KP* temperature
// why: with `@cacheKey` on `brief` only, the key is exactly `brief`; `temperature` is dropped from the key yet sent to the model (nothing less)
import OpenAI from 'openai';
import { memoize, cacheKey } from 'keyproof';

export class TaglineWriter {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'tag-v1', ttl: '14d', cost: 0.002 })
  async taglines(@cacheKey brief: string, temperature = 0.9): Promise<string[]> {
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o',
      temperature,
      messages: [
        { role: 'system', content: 'Write short product taglines, one per line.' },
        { role: 'user', content: brief },
      ],
    });
    const lines = (completion.choices[0]?.message.content ?? '').split('\n').map((l) => l.replace(/^\d+\.\s*/, '').trim());
    return lines.filter(Boolean).slice(0, 5);
  }
}
