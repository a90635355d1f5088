// origin: shape of a support-macro drafter that forwards the end user id to Anthropic metadata for abuse monitoring, excluded from the key
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: userId is explicitly excluded with a reason (a decision); the system prompt is a const, the client an injected service, the temperature a literal
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const MODEL = 'claude-3-5-sonnet-latest';
const SYSTEM = 'Draft a polite support macro for the described situation. Under 120 words.';

export class MacroDrafter {
  constructor(private readonly anthropic: Anthropic) {}

  /**
   * Drafts a macro for a support situation.
   * @excludeFromKey userId sent only as abuse-monitoring metadata; the draft does not depend on it
   */
  @memoize({ version: 'v1', ttl: '30d', cost: 0.01 })
  async draft(situation: string, userId: string): Promise<string> {
    const msg = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 400,
      system: SYSTEM,
      temperature: 0,
      metadata: { user_id: userId },
      messages: [{ role: 'user', content: situation.trim() }],
    });
    return msg.content.map((b) => b.text).join('\n');
  }
}
