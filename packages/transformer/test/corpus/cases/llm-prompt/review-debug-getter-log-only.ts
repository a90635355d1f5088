// origin: review probe: an object-literal getter over process.env.DEBUG deciding whether the prompt is logged (getter followed, log only)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the flag only decides whether a log line is written; the completion is the same (nothing more).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export const runtime = {
  get debug(): boolean {
    return process.env.DEBUG === '1';
  },
};

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const summary = memoize(
  async function summary(text: string): Promise<string> {
    const prompt = `Summarise in two sentences:\n${text}`;
    const debugging = runtime.debug;
    if (debugging) console.debug(prompt);
    const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
    return completion.choices[0]?.message.content ?? '';
  },
  { version: 'summary-v1', ttl: '30d', cost: 0.002 },
);
