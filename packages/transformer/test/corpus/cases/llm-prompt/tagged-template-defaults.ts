// origin: shape of a release-notes summariser that builds its prompt with a tagged template and takes model options with renamed, defaulted destructuring (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the prompt is built from key parameters through a pure tag function; model and word budget come from the destructured parameter with constant defaults; the system prompt is an as-const constant
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const DEFAULT_MODEL = 'gpt-4o-mini';
const STYLE = { system: 'You write short, factual release notes for engineers.', temperature: 0.2 } as const;

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

function prompt(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += String(values[i]) + (strings[i + 1] ?? '');
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

export const releaseNotes = memoize(
  async function releaseNotes(
    commits: string[],
    { model: m = DEFAULT_MODEL, maxWords: budget = 120 }: { model?: string; maxWords?: number } = {},
  ): Promise<string> {
    const user = prompt`Summarise these ${commits.length} commits in at most ${budget} words:

${commits.map((c) => `- ${c}`).join('\n')}`;
    const res = await openai.chat.completions.create({
      model: m,
      temperature: STYLE.temperature,
      messages: [
        { role: 'system', content: STYLE.system },
        { role: 'user', content: user },
      ],
    });
    return res.choices[0]?.message.content ?? '';
  },
  { version: 'rn-v1', ttl: '7d', cost: 0.002 },
);
