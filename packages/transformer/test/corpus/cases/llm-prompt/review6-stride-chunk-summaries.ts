// origin: review probe: a configured chunk size cutting a document for per-chunk summaries (the slice loop, but each piece is answered on its own)
// category: llm-prompt
// decorators: tc39
// expect: KP91044 CHUNK_CHARS
// why: each returned summary is of a chunk of CHUNK_CHARS characters, so another width returns other summaries (and another count of them): a size, not a stride (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const CHUNK_CHARS = Number(process.env.SUMMARY_CHUNK_CHARS ?? 4000);
const openai = new OpenAI();

export const summariseDocument = memoize(
  async function summariseDocument(text: string): Promise<string[]> {
    const parts: string[] = [];
    for (let i = 0; i < text.length; i += CHUNK_CHARS) {
      const res = await openai.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: `Summarise:\n${text.slice(i, i + CHUNK_CHARS)}` }],
      });
      parts.push(res.choices[0]?.message.content ?? '');
    }
    return parts;
  },
  { version: 'summ-v1', ttl: '7d', cost: 0.02 },
);
