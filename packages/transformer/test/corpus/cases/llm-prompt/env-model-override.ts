// origin: shape of a classification helper whose model can be overridden with an environment variable
// category: llm-prompt
// decorators: tc39
// expect: KP* OPENAI_MODEL|env
// why: process.env.OPENAI_MODEL chooses the model inside the memoised body but is not keyed, so switching models serves stale answers (nothing less)
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

export type Sentiment = 'positive' | 'neutral' | 'negative';

export const classifySentiment = memoize(
  async function classifySentiment(review: string): Promise<Sentiment> {
    const model = process.env.OPENAI_MODEL ?? 'gpt-4o-mini';
    const res = await openai.chat.completions.create({
      model,
      temperature: 0,
      max_tokens: 3,
      messages: [
        { role: 'system', content: 'Reply with one word: positive, neutral or negative.' },
        { role: 'user', content: review },
      ],
    });
    const word = res.choices[0]?.message.content?.trim().toLowerCase();
    return word === 'positive' || word === 'negative' ? word : 'neutral';
  },
  { ttl: '90d', cost: 0.0001 },
);
