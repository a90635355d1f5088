// origin: shape of an LLM utility module that curries a completion helper over a model picked from the environment (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 LLM_MODEL
// why: `complete` is curried at load over process.env.LLM_MODEL, and the memoised function sends that model upstream through it, with no key decision; switching models would keep serving old answers (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

const completeWith =
  (model: string, temperature = 0) =>
  async (system: string, user: string): Promise<string> => {
    const res = await openai.chat.completions.create({
      model,
      temperature,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: user },
      ],
    });
    return res.choices[0]?.message.content ?? '';
  };

// staging runs a cheaper model; production sets LLM_MODEL=gpt-4o
const complete = completeWith(process.env.LLM_MODEL ?? 'gpt-4o-mini');

export interface ReleaseNotes {
  markdown: string;
  breaking: boolean;
}

export const releaseNotes = memoize(
  async function releaseNotes(version: string, commits: readonly string[]): Promise<ReleaseNotes> {
    const markdown = await complete(
      'Turn commit subjects into release notes grouped as Features, Fixes, Breaking changes. Markdown only.',
      `Version ${version}\n${commits.map((c) => `* ${c}`).join('\n')}`,
    );
    return { markdown, breaking: /breaking/i.test(markdown) };
  },
  { version: 'release-notes-v1', cost: 0.004 },
);
