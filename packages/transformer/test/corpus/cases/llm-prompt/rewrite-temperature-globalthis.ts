// origin: shape of a copy-rewriting helper that reads its sampling temperature through globalThis.process (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the temperature is read from the environment via globalThis.process.env and does change the answer, but the method states it with @cacheKey REWRITE_TEMPERATURE (principle 2 satisfied by a decision).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

// Shared code also bundled for edge runtimes, hence globalThis.
const REWRITE_TEMPERATURE = Number(globalThis.process?.env.REWRITE_TEMPERATURE ?? '0.3');

export type Tone = 'friendly' | 'formal' | 'playful';

export class CopyRewriter {
  constructor(private readonly openai: OpenAI) {}

  /**
   * Rewrite product copy in a given tone.
   * Sampling settings change the wording.
   * @cacheKey REWRITE_TEMPERATURE
   */
  @memoize({ version: 'rewrite-v2', ttl: '30d', cost: 0.001 })
  async rewrite(copy: string, tone: Tone): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: REWRITE_TEMPERATURE,
      messages: [
        { role: 'system', content: `Rewrite the product copy in a ${tone} tone. Keep facts and numbers unchanged.` },
        { role: 'user', content: copy },
      ],
    });
    return completion.choices[0]?.message.content ?? copy;
  }
}
