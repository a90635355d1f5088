// origin: shape of a support-reply drafter whose docstring calls the persona parameter cache-neutral
// category: llm-prompt
// decorators: tc39
// expect: KP* persona
// why: the docstring claims `persona` is cache-neutral, but no exclusion exists, so the plan keys on it: the claim contradicts the plan
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

export type Persona = 'friendly' | 'formal' | 'terse';

const TONE: Readonly<Record<Persona, string>> = Object.freeze({
  friendly: 'Warm and upbeat.',
  formal: 'Polite and formal.',
  terse: 'As short as possible.',
});

export class ReplyDrafter {
  /**
   * Draft a reply to a support ticket.
   *
   * @param ticketText the customer's message
   * @param persona cache-neutral: one stored draft serves every persona, the tone is a hint only
   */
  @memoize({ version: 'draft-v2', ttl: '3d', cost: 0.003 })
  async draft(ticketText: string, persona: Persona): Promise<string> {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: `Draft a support reply. ${TONE[persona]}` },
        { role: 'user', content: ticketText },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }
}
