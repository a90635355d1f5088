// origin: review probe: a long document summarised chunk by chunk, the summaries concatenated into one string with +=
// category: llm-prompt
// decorators: tc39
// expect: KP91044 CHUNK_CHARS
// why: one summary per chunk: the chunk width decides how many summaries and what each says, so it decides the answer (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const CHUNK_CHARS = Number(process.env.SUMMARY_CHUNK_CHARS ?? 8000);

export const summarise = memoize(
  async function summarise(text: string): Promise<string> {
    let summary = '';
    for (let i = 0; i < text.length; i += CHUNK_CHARS) {
      const res = await openai.chat.completions.create({
        model: 'gpt-4o-mini',
        temperature: 0,
        messages: [{ role: 'user', content: `Summarise:\n${text.slice(i, i + CHUNK_CHARS)}` }],
      });
      summary += `${res.choices[0]?.message.content ?? ''}\n`;
    }
    return summary;
  },
  { version: 'summary-v1', ttl: '1d' },
);
