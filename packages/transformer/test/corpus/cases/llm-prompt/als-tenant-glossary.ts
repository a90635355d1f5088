// origin: shape of a translation helper that pulls the tenant's glossary from AsyncLocalStorage request context (your own writing)
// category: llm-prompt
// decorators: tc39
// expect: KP* getStore|glossary
// why: the glossary comes from `AsyncLocalStorage` context (ambient per request), reaches the prompt, and is not in the key (nothing less)
import { AsyncLocalStorage } from 'node:async_hooks';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface RequestContext { tenant: string; glossary?: Record<string, string> }
export const requestContext = new AsyncLocalStorage<RequestContext>();

const openai = new OpenAI();

function glossaryLines(): string {
  const glossary = requestContext.getStore()?.glossary ?? {};
  return Object.entries(glossary)
    .map(([term, rendering]) => `- "${term}" → "${rendering}"`)
    .join('\n');
}

export const localize = memoize(
  async function localize(text: string, targetLang: string): Promise<string> {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o',
      temperature: 0,
      messages: [
        { role: 'system', content: `Translate into ${targetLang}. Always use this glossary:\n${glossaryLines()}` },
        { role: 'user', content: text },
      ],
    });
    return completion.choices[0]?.message.content ?? text;
  },
  { ttl: '30d', cost: 0.004 },
);
