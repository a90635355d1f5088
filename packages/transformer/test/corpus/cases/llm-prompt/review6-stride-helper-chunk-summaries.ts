// origin: review probe: a program helper cutting text into pieces of `size` and summarising each, handed a configured width
// category: llm-prompt
// decorators: tc39
// expect: KP91044 PIECE
// why: the helper only uses its size in the slice loop, but one summary per piece is returned, so the width decides the answer (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const PIECE = Number(process.env.PIECE_CHARS ?? 3000);
const openai = new OpenAI();

async function mapPieces(text: string, size: number, each: (piece: string) => Promise<string>): Promise<string[]> {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(await each(text.slice(at, at + size)));
  return out;
}

export const outline = memoize(
  async function outline(text: string): Promise<string[]> {
    return mapPieces(text, PIECE, async (piece) => {
      const res = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `One-line gist:\n${piece}` }] });
      return res.choices[0]?.message.content ?? '';
    });
  },
  { version: 'outline-v1', ttl: '7d', cost: 0.01 },
);
