// origin: shape of a discussion-thread summariser: the reader's userId is excluded (rate limiting only) while each comment carries its author's userId, which does shape the summary
// category: llm-prompt
// decorators: tc39
// expect: clean
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface Comment { userId: string; author: string; body: string; createdAt: string }
interface RateLimiter { take(userId: string): Promise<void> }

export class ThreadSummaries {
  constructor(private readonly openai: OpenAI, private readonly limiter: RateLimiter) {}

  /**
   * Summarise a thread for whoever reads it.
   * @excludeFromKey userId the reader: rate limiting only, every reader gets the same summary
   */
  @memoize({ ttl: '1h', cost: 0.003 })
  async summarise(userId: string, comments: Comment[]): Promise<string> {
    await this.limiter.take(userId);
    const transcript = comments.map((c) => `${c.author} (${c.userId}): ${c.body}`).join('\n');
    const res = await this.openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Summarise who said what:\n${transcript}` }] });
    return res.choices[0]?.message.content ?? '';
  }
}
