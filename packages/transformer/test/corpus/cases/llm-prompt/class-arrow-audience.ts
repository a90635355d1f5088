// origin: shape of a summariser class exposing a memoised arrow-function property that reads a constructor parameter (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: KP* audience
// why: nothing less: the memoised class-property arrow function reads this.audience, set per instance from a constructor parameter, into the system prompt; the key holds only text
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const MODEL = 'claude-3-5-sonnet-latest';

export class DigestSummarizer {
  constructor(private readonly client: Anthropic, private readonly audience: string) {}

  summarize = memoize(
    async (text: string): Promise<string> => {
      const msg = await this.client.messages.create({
        model: MODEL,
        max_tokens: 400,
        temperature: 0.3,
        system: `Summarise for ${this.audience} in five bullet points.`,
        messages: [{ role: 'user', content: text }],
      });
      return msg.content.map((b) => b.text).join('');
    },
    { version: 'dig-v1', ttl: '14d', cost: 0.003 },
  );
}

export const forExecutives = (client: Anthropic) => new DigestSummarizer(client, 'busy executives');
