// origin: shape of a release-notes service that numbers bullet points with a counter on the service (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: KP91040 bulletNumber
// why: the counter lives on the service and keeps counting across calls, so the numbers in a stored answer depend on how many notes were made before (principle 5, a counter on a kept object).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODEL = 'gpt-4o-mini';
const SECTIONS = ['Features', 'Fixes', 'Internal'] as const;

export class ReleaseNotesService {
  private bulletNumber = 0;

  constructor(private readonly openai: OpenAI) {}

  private numberLines(text: string): string[] {
    return text
      .split('\n')
      .map((line) => line.replace(/^[-*]\s*/, '').trim())
      .filter(Boolean)
      .map((line) => `${++this.bulletNumber}. ${line}`);
  }

  /** Release notes grouped by section, numbered continuously across sections. */
  @memoize({ version: 'release-notes-v2', ttl: '30d', cost: 0.003 })
  async releaseNotes(repo: string, toTag: string, commitMessages: string[]): Promise<Record<string, string[]>> {
    const notes: Record<string, string[]> = {};
    for (const section of SECTIONS) {
      const completion = await this.openai.chat.completions.create({
        model: MODEL,
        temperature: 0,
        messages: [
          { role: 'system', content: `List the ${section.toLowerCase()} in these commits as short bullets. Output nothing if there are none.` },
          { role: 'user', content: `${repo} ${toTag}\n${commitMessages.join('\n')}` },
        ],
      });
      notes[section] = this.numberLines(completion.choices[0]?.message.content ?? '');
    }
    return notes;
  }
}
