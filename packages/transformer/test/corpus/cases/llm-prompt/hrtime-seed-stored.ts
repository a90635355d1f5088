// origin: shape of a name-suggestion feature that stores a sampling seed derived from the high-resolution clock in a run object and passes it to the memoised generator (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP* seed
// why: nothing more: seed originates in process.hrtime.bigint(), is stored in an object, read back and passed as a keyed parameter, so every run has a new key
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface Run {
  brief: string;
  seed: number;
  startedAt: bigint;
}

export class NameSuggester {
  constructor(private readonly openai: OpenAI) {}

  async suggestForBrief(brief: string): Promise<string[]> {
    const now = process.hrtime.bigint();
    const run: Run = { brief: brief.trim(), seed: Number(now % 10_000n), startedAt: now };
    return this.suggest(run.brief, run.seed);
  }

  @memoize({ version: 'names-v1', ttl: '7d', cost: 0.001 })
  async suggest(brief: string, seed: number): Promise<string[]> {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0.9,
      messages: [{ role: 'user', content: `Suggest 5 product names (variation ${seed}) for: ${brief}` }],
    });
    return (res.choices[0]?.message.content ?? '').split('\n').map((l) => l.replace(/^\d+\.\s*/, '').trim()).filter(Boolean);
  }
}
