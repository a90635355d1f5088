// origin: shape of a tagging helper using a curried withModel over an `as const` model table
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the model comes from an `as const` table and the curried helper only closes over constants and key-derived values
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

const MODELS = { fast: 'gpt-4o-mini', careful: 'gpt-4o' } as const;
const SYSTEM = 'Return up to five lowercase tags, comma separated.' as const;

const withModel = (model: string) => (system: string) => async (text: string) => {
  const completion = await openai.chat.completions.create({
    model,
    temperature: 0,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: text },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
};

const tagFast = withModel(MODELS.fast)(SYSTEM);

export const tagsFor = memoize(
  async function tagsFor(text: string, careful: boolean): Promise<string[]> {
    const run = careful ? withModel(MODELS.careful)(SYSTEM) : tagFast;
    const raw = await run(text.trim());
    return raw
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
  },
  { version: 'tags-v2', ttl: '90d', cost: 0.0004 },
);
