// origin: shape of an email-drafting helper whose result carries a render callback for the template engine (your own writing)
// category: llm-prompt
// decorators: legacy
// expect: KP* draft
// why: the result type has an arrow function held in a field (`render`); functions cannot be stored (return value)
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

export interface EmailDraft {
  subject: string;
  body: string;
  render: (vars: Record<string, string>) => string;
}

const anthropic = new Anthropic();

export const draft = memoize(
  async function draft(purpose: string, recipientRole: string): Promise<EmailDraft> {
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 600,
      messages: [{ role: 'user', content: `Draft an email to a ${recipientRole} about: ${purpose}. First line is the subject. Use {name} for the greeting.` }],
    });
    const [subject = '', ...rest] = msg.content.map((b) => b.text).join('').split('\n');
    const body = rest.join('\n').trim();
    return {
      subject,
      body,
      render: (vars) => body.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? ''),
    };
  },
  { ttl: '7d', cost: 0.001 },
);
