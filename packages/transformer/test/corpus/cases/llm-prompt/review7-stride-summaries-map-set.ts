// origin: review probe: a transcript cut into chunks of a configured size, one summary per chunk kept in a Map by offset and returned in order
// category: llm-prompt
// decorators: tc39
// expect: KP91044 CHUNK
// why: one summary per chunk: the width decides how many summaries come back and what each says (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const CHUNK = Number(process.env.TRANSCRIPT_CHUNK ?? 6000);

export const chapterNotes = memoize(
  async function chapterNotes(transcript: string): Promise<string[]> {
    const notes = new Map<number, string>();
    for (let i = 0; i < transcript.length; i += CHUNK) {
      const res = await openai.chat.completions.create({
        model: 'gpt-4o-mini',
        temperature: 0,
        messages: [{ role: 'user', content: `Write one note for:\n${transcript.slice(i, i + CHUNK)}` }],
      });
      notes.set(i, res.choices[0]?.message.content ?? '');
    }
    return [...notes.values()];
  },
  { version: 'chapter-notes-v1', ttl: '1d' },
);
