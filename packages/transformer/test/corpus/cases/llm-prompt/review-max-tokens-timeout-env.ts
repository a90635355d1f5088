// origin: review probe (round 10 rules): an LLM request timeout from env, given as { timeout } request option
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: an LLM request timeout from env, given as { timeout } request option (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Llm { complete(body: { model: string; prompt: string }, opts: { timeout: number; maxRetries: number }): Promise<{ text: string }> }
declare const llm: Llm;
export class Rewrite {
  @memoize({ version: 'rw-v1', ttl: '7d' })
  async rewrite(text: string): Promise<string> {
    const r = await llm.complete({ model: 'small-2024-06', prompt: `Rewrite plainly:\n${text}` }, {
      timeout: Number(process.env.LLM_TIMEOUT_MS ?? 30000),
      maxRetries: Number(process.env.LLM_RETRIES ?? 2),
    });
    return r.text;
  }
}
