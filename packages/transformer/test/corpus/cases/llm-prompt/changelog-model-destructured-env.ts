// origin: shape of a release-notes generator that picks its model from a destructured process.env (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP91044 LLM_MODEL
// why: `const { env } = process` is still process.env; LLM_MODEL goes into the completion request and changes the notes, and nothing decides it (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const { env } = process;

const SYSTEM_PROMPT = [
  'You write release notes for end users.',
  'Group changes under Features, Fixes and Internal. Skip dependency bumps.',
].join('\n');

export class ReleaseNotesWriter {
  private readonly client = new OpenAI({ apiKey: env.OPENAI_API_KEY });

  /** Commit lists are regenerated on every CI run of the release branch; the notes only change with the commits. */
  @memoize({ version: 'release-notes-v3', ttl: '14d', cost: 0.03 })
  async write(version: string, commitSubjects: readonly string[]): Promise<string> {
    const completion = await this.client.chat.completions.create({
      model: env.LLM_MODEL ?? 'gpt-4o-mini',
      temperature: 0.2,
      max_tokens: 1200,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: `Version ${version}\n\n${commitSubjects.map((s) => `- ${s}`).join('\n')}` },
      ],
    });
    return completion.choices[0]?.message.content?.trim() ?? '';
  }
}
