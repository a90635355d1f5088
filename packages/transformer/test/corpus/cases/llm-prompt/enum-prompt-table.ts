// origin: shape of a rewrite service that picks a frozen prompt template by an enum tone (your own writing)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the template comes from a frozen, literal-only table indexed by the `tone` parameter (a key field); the model name is a const; nothing else is read
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

export enum Tone {
  Formal = 'formal',
  Friendly = 'friendly',
  Terse = 'terse',
}

const TEMPLATES = Object.freeze({
  [Tone.Formal]: 'Rewrite the text in a formal register. Keep every fact.',
  [Tone.Friendly]: 'Rewrite the text so it sounds warm and approachable.',
  [Tone.Terse]: 'Rewrite the text in as few words as possible.',
});

const MODEL = 'claude-3-5-sonnet-latest';
const MAX_TOKENS = 800;

export class RewriteService {
  constructor(private readonly anthropic: Anthropic) {}

  @memoize({ version: 'rw-v4', ttl: '30d', cost: 0.006 })
  async rewrite(text: string, tone: Tone = Tone.Formal): Promise<string> {
    const system = TEMPLATES[tone];
    const msg = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: MAX_TOKENS,
      temperature: 0,
      system,
      messages: [{ role: 'user', content: text }],
    });
    return msg.content.filter((b) => b.type === 'text').map((b) => b.text).join('\n');
  }
}
