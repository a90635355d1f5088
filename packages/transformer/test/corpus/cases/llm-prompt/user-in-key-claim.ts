// origin: shape of a personalised recommendation prompt whose docstring states, positively, that the user is in the key ("users never share answers")
// category: llm-prompt
// decorators: tc39
// expect: clean
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class ReadingList {
  constructor(private readonly openai: OpenAI) {}

  /**
   * Book suggestions for a reader, from their shelf.
   *
   * Answers are personal: the user ID is part of the cache key, so users never share answers.
   */
  @memoize({ ttl: '1d', cost: 0.002 })
  async suggest(userId: string, shelf: readonly string[], count = 5): Promise<string[]> {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      user: userId,
      messages: [{ role: 'user', content: `I liked: ${shelf.join('; ')}. Suggest ${count} books, one per line.` }],
    });
    return (res.choices[0]?.message.content ?? '').split('\n').filter(Boolean).slice(0, count);
  }
}
