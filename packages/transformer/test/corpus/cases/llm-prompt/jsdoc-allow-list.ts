// origin: shape of a TC39-decorated chat service using the JSDoc allow-list: only the question and locale key the answer, the conversation and trace ids ride along (the conversation id is sent upstream as metadata, so the allow-list needs its exclusion stated)
// category: llm-prompt
// decorators: tc39
// expect: clean
import { randomUUID } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

export class HelpCenterBot {
  constructor(private readonly anthropic: Anthropic) {}

  /**
   * Answer a help-centre question.
   * @cacheKey question
   * @cacheKey locale
   * @excludeFromKey conversationId only tags the request for the provider's abuse monitoring
   */
  @memoize({ ttl: '7d', cost: 0.002 })
  async answer(conversationId: string, question: string, locale: string, traceId: string): Promise<string> {
    const msg = await this.anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 400,
      system: `Answer in ${locale}. Be brief.`,
      metadata: { user_id: conversationId },
      messages: [{ role: 'user', content: question }],
    });
    console.debug(`trace ${traceId}`);
    return msg.content.map((b) => b.text).join('');
  }
}

export async function handle(bot: HelpCenterBot, conversationId: string, question: string): Promise<string> {
  return bot.answer(conversationId, question.trim(), 'en', randomUUID());
}
