// origin: review probe: a module let chunk size (set by an admin endpoint) cutting a transcript for per-chunk summaries
// category: llm-prompt
// decorators: tc39
// expect: KP91045 chunkChars
// why: each summary returned is of a chunk chunkChars long, and the value changes at runtime: it shapes the answer (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

let chunkChars = 4000;
export function setChunkChars(n: number): void {
  chunkChars = n;
}
const openai = new OpenAI();

export const summarise = memoize(
  async function summarise(transcript: string): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < transcript.length; i += chunkChars) {
      const res = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Summarise: ${transcript.slice(i, i + chunkChars)}` }] });
      out.push(res.choices[0]?.message.content ?? '');
    }
    return out;
  },
  { version: 'summ-v1', ttl: '7d', cost: 0.02 },
);
