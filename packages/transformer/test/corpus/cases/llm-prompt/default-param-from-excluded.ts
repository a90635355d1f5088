// origin: shape of a chat-memory service whose conversation scope defaults to a prefix of the excluded session id (your own writing)
// category: llm-prompt
// decorators: legacy
// expect: KP* sessionId|scope
// why: `sessionId` is `@notKey`, but the keyed parameter `scope` defaults to a slice of it, so the excluded value reaches the key by another route
import OpenAI from 'openai';
import { memoize, notKey } from 'keyproof';

export class FollowUpSuggester {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'fu-v1', ttl: '1d', cost: 0.001 })
  async suggest(@notKey('per browser session') sessionId: string, lastAnswer: string, scope: string = sessionId.slice(0, 8)): Promise<string[]> {
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Suggest three short follow-up questions, one per line.' },
        { role: 'user', content: lastAnswer },
      ],
    });
    console.log(`suggestions for scope ${scope}`);
    return (completion.choices[0]?.message.content ?? '').split('\n').filter(Boolean).slice(0, 3);
  }
}
