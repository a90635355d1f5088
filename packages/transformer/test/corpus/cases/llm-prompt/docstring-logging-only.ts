// origin: shape of a ticket classifier whose doc comment says the user id is only used for logging (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP* userId
// why: docstring claim: the comment says userId does not take part in the cache and only affects logging, yet nothing excludes it (it is in the key) and it even reaches the request as `user`
import OpenAI from 'openai';
import { Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

export type TicketClass = 'billing' | 'bug' | 'how-to' | 'other';

const LABELS: readonly TicketClass[] = ['billing', 'bug', 'how-to', 'other'];

export class TicketClassifier {
  private readonly log = new Logger('TicketClassifier');

  constructor(private readonly openai: OpenAI) {}

  /**
   * Classify a support ticket into one of the fixed labels.
   * `userId` only affects logging; classifications are shared by all users.
   */
  @memoize({ version: 'cls-v2', ttl: '30d', cost: 0.0008 })
  async classify(ticketText: string, userId: string): Promise<TicketClass> {
    this.log.debug(`classify for ${userId}`);
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0,
      user: userId,
      messages: [
        { role: 'system', content: `Reply with exactly one of: ${LABELS.join(', ')}.` },
        { role: 'user', content: ticketText },
      ],
    });
    const label = res.choices[0]?.message.content?.trim() as TicketClass | undefined;
    return label && LABELS.includes(label) ? label : 'other';
  }
}
