// origin: shape of a support-desk reply drafter that prefixes each prompt with a conversation turn number for the model (own writing)
// category: llm-prompt
// decorators: tc39
// expect: KP* prompt|nextTurn
// why: `nextTurn` is a closure created once at module load whose hidden counter steps on every call; its value is interpolated into the prompt string that is the memoised method's only keyed parameter.
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const nextTurn = (() => {
  let n = 0;
  return () => n++;
})();

export class SupportReplyDrafter {
  constructor(private readonly anthropic: Anthropic) {}

  async draftReply(ticketSubject: string, customerMessage: string): Promise<string> {
    const prompt = [
      `Turn ${nextTurn()}.`,
      `Subject: ${ticketSubject.trim()}`,
      'The customer wrote:',
      customerMessage.trim(),
    ].join('\n');
    return this.complete(prompt);
  }

  @memoize({ version: 'claude-3-5-sonnet-20241022', ttl: '7d', cost: 0.012 })
  async complete(prompt: string): Promise<string> {
    const message = await this.anthropic.messages.create({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 800,
      temperature: 0,
      system: 'You are a courteous support agent. Draft a short reply.',
      messages: [{ role: 'user', content: prompt }],
    });
    return message.content.map((block) => block.text).join('');
  }
}
