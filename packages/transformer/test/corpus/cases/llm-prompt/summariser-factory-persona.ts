// origin: shape of an LLM helper module that builds one summariser per product area through a factory (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP91046 persona
// expect: KP91046 maxBullets
// why: the memoised function's template-literal system prompt reads `persona` and `maxBullets`, variables captured from the factory's closure; summaries for two personas would share entries (principle 2).
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const anthropic = new Anthropic();
const MODEL = 'claude-3-5-haiku-latest';

export interface Summary {
  headline: string;
  bullets: string[];
}

function parseSummary(text: string): Summary {
  const [headline = '', ...rest] = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { headline, bullets: rest.map((l) => l.replace(/^[-*]\s*/, '')) };
}

/** One summariser per audience: support sees customer impact, engineering sees root cause. */
export function makeSummariser(persona: string, maxBullets = 5) {
  return memoize(
    async function summarise(ticketText: string): Promise<Summary> {
      const system = `You write for ${persona}. Give a one-line headline, then at most ${maxBullets} bullets.`;
      const msg = await anthropic.messages.create({
        model: MODEL,
        max_tokens: 400,
        system,
        messages: [{ role: 'user', content: ticketText }],
      });
      return parseSummary(msg.content.map((b) => b.text).join(''));
    },
    { version: 'ticket-summary-v3', ttl: '30d', cost: 0.002 },
  );
}

export const supportSummary = makeSummariser('support agents who talk to customers', 4);
export const engineeringSummary = makeSummariser('on-call engineers looking for the root cause');
