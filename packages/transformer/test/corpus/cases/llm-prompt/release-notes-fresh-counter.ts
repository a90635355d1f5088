// origin: shape of a release-notes generator that numbers the bullet points it returns (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the counter lives on an object made inside the call, so the numbering starts at 1 every time and depends only on the commits (principle 3, a counter on a fresh object).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODEL = 'gpt-4o-mini';
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const SECTIONS = ['Features', 'Fixes', 'Internal'] as const;

interface Numbering {
  next: number;
}

function numberLines(numbering: Numbering, text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^[-*]\s*/, '').trim())
    .filter(Boolean)
    .map((line) => `${numbering.next++}. ${line}`);
}

/** Release notes grouped by section, numbered continuously across sections. */
export const releaseNotes = memoize(
  async function releaseNotes(repo: string, toTag: string, commitMessages: string[]): Promise<Record<string, string[]>> {
    const numbering: Numbering = { next: 1 };
    const notes: Record<string, string[]> = {};
    for (const section of SECTIONS) {
      const completion = await openai.chat.completions.create({
        model: MODEL,
        temperature: 0,
        messages: [
          { role: 'system', content: `List the ${section.toLowerCase()} in these commits as short bullets. Output nothing if there are none.` },
          { role: 'user', content: `${repo} ${toTag}\n${commitMessages.join('\n')}` },
        ],
      });
      notes[section] = numberLines(numbering, completion.choices[0]?.message.content ?? '');
    }
    return notes;
  },
  { version: 'release-notes-v2', ttl: '30d', cost: 0.003 },
);
