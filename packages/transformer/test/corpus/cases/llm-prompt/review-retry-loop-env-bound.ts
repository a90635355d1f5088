// origin: review probe (round 10 rules): a retry loop around a try whose bound is from env
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: a retry loop around a try whose bound is from env (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import OpenAI from 'openai';
declare const openai: OpenAI;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export class Classify {
  @memoize({ version: 'cls-v1', ttl: '7d' })
  async label(text: string): Promise<string> {
    for (let attempt = 0; attempt < Number(process.env.LLM_ATTEMPTS ?? 3); attempt++) {
      try {
        const c = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Label: ${text}` }] });
        return c.choices[0]?.message.content ?? '';
      } catch {
        await sleep(250 * 2 ** attempt);
      }
    }
    throw new Error('classification failed');
  }
}
