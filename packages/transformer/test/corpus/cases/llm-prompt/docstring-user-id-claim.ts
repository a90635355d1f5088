// origin: shape of an OpenAI completion helper passing `user` for abuse monitoring, its docstring (natural phrasing) claiming the user id stays out of the key while no annotation says so
// category: llm-prompt
// decorators: tc39
// expect: KP91052 userId
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class Rewriter {
  constructor(private readonly openai: OpenAI) {}

  /**
   * Rewrite a paragraph in the requested tone.
   *
   * The user ID is not part of the cache key: it is only sent to OpenAI for abuse monitoring,
   * so rewrites are shared between users.
   */
  @memoize({ ttl: '30d', cost: 0.001 })
  async rewrite(userId: string, paragraph: string, tone: 'formal' | 'friendly'): Promise<string> {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      user: userId,
      messages: [{ role: 'user', content: `Rewrite in a ${tone} tone:\n\n${paragraph}` }],
    });
    return res.choices[0]?.message.content ?? paragraph;
  }
}
