// origin: shape of an LLM function that turns a changelog into release notes, formatting the date and counts with an explicit locale
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: Intl formatters and toLocaleString given an explicit locale and time zone are deterministic; only key arguments shape the prompt
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();
const dateFmt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export interface ChangeEntry {
  kind: 'feat' | 'fix' | 'chore';
  text: string;
}

export const releaseNotes = memoize(
  async function releaseNotes(version: string, releasedOn: Date, changes: ChangeEntry[]): Promise<string> {
    const fixes = changes.filter((c) => c.kind === 'fix').length;
    const header = `Release ${version} (${dateFmt.format(releasedOn)}), ${fixes.toLocaleString('en-US')} fixes`;
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0,
      messages: [
        { role: 'system', content: 'Turn the changelog into user-facing release notes in Markdown.' },
        { role: 'user', content: [header, ...changes.map((c) => `- ${c.kind}: ${c.text}`)].join('\n') },
      ],
    });
    return completion.choices[0]?.message.content ?? header;
  },
  { version: 'notes-v1', ttl: '90d', cost: 0.003 },
);
