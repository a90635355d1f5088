// origin: shape of a chat service whose system prompt is a module-level let, swapped at runtime by an admin endpoint (prompt experiments)
// category: llm-prompt
// decorators: legacy
// expect: KP91045|KP91042 systemPrompt
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

let systemPrompt = 'You are a concise support assistant for Acme. Answer in the user\'s language.';

export function setSystemPrompt(next: string): void {
  systemPrompt = next;
}

export class SupportAssistant {
  constructor(private readonly anthropic: Anthropic) {}

  @memoize({ ttl: '1d', cost: 0.003 })
  async answer(question: string, productArea: string): Promise<string> {
    const message = await this.anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 512,
      system: `${systemPrompt}\nProduct area: ${productArea}`,
      messages: [{ role: 'user', content: question }],
    });
    return message.content.map((b) => b.text).join('');
  }
}
