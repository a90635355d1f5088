// origin: shape of a chat-title generator whose docstring says the conversation id "is excluded from the cache key" while the method keys on every parameter (no tag)
// category: llm-prompt
// decorators: legacy
// expect: KP91052 conversationId
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class ConversationTitles {
  constructor(private readonly openai: OpenAI) {}

  /**
   * A short title for a conversation, from its first user message.
   * The conversation ID is excluded from the cache key; identical openings share a title.
   */
  @memoize({ ttl: '90d', cost: 0.0002 })
  async title(conversationId: string, firstMessage: string): Promise<string> {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      max_tokens: 16,
      messages: [
        { role: 'system', content: 'Write a title of at most six words for a conversation that starts like this.' },
        { role: 'user', content: firstMessage.slice(0, 2000) },
      ],
    });
    return res.choices[0]?.message.content?.trim() ?? 'New conversation';
  }
}
