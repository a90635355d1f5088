// origin: shape of an LLM ticket classifier whose system prompt is built once by a factory from a constant label list
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: a function a program factory made at load from constants (and reading nothing mutable) needs no decision
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const LABELS = ['billing', 'bug', 'feature-request', 'account', 'other'] as const;
type Label = (typeof LABELS)[number];

function makeSystemPrompt(labels: readonly string[], maxWords: number) {
  const list = labels.map((l, i) => `${i + 1}. ${l}`).join('\n');
  return (extra: string) =>
    `Classify the support ticket into exactly one label:\n${list}\nReply with the label only (at most ${maxWords} words).${extra ? `\n${extra}` : ''}`;
}

const systemPrompt = makeSystemPrompt(LABELS, 3);

export class TicketClassifier {
  constructor(private readonly anthropic: Anthropic) {}

  @memoize({ version: 'cls-v3', ttl: '30d', cost: 0.0006 })
  async classify(subject: string, body: string): Promise<Label> {
    const msg = await this.anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 10,
      temperature: 0,
      system: systemPrompt(''),
      messages: [{ role: 'user', content: `${subject}\n\n${body}` }],
    });
    const text = msg.content.map((b) => b.text).join('').trim().toLowerCase();
    return (LABELS as readonly string[]).includes(text) ? (text as Label) : 'other';
  }
}
