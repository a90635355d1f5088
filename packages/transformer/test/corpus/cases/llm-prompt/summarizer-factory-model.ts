// origin: shape of an LLM helper module exporting makeSummarizer(model), which returns a memoised summarise function
// category: llm-prompt
// decorators: tc39
// expect: KP* model
// why: the memoised closure captures the factory's model parameter and sends it to the API, but only the text is keyed; two models share entries (nothing less)
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

const SYSTEM = 'Summarise the text in at most three sentences. Plain prose, no lists.';

export function makeSummarizer(model: string) {
  return memoize(
    async function summarize(text: string): Promise<string> {
      const res = await openai.chat.completions.create({
        model,
        max_tokens: 256,
        temperature: 0,
        messages: [
          { role: 'system', content: SYSTEM },
          { role: 'user', content: text },
        ],
      });
      return res.choices[0]?.message.content?.trim() ?? '';
    },
    { ttl: '30d', cost: 0.002 },
  );
}

export const summarizeFast = makeSummarizer('gpt-4o-mini');
export const summarizeSmart = makeSummarizer('gpt-4o');
