// origin: review probe: an object-literal getter over process.env giving the model (getter of a plain object followed, positive)
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 OPENAI_MODEL
// why: the model from the environment is sent with the prompt and decides the completion (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export const llmConfig = {
  get model(): string {
    return process.env.OPENAI_MODEL ?? 'gpt-4o-mini';
  },
};

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const titleFor = memoize(
  async function titleFor(article: string): Promise<string> {
    const completion = await openai.chat.completions.create({
      model: llmConfig.model,
      messages: [{ role: 'user', content: `A title for:\n${article}` }],
    });
    return completion.choices[0]?.message.content ?? '';
  },
  { version: 'title-v1', ttl: '30d', cost: 0.002 },
);
