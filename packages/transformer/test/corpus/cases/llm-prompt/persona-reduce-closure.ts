// origin: shape of an assistant factory that folds persona traits into a system prompt with reduce and returns a memoised answerer (your own writing)
// category: llm-prompt
// decorators: tc39
// expect: KP* systemPrompt|persona
// why: the memoised closure captures `systemPrompt`, built from the factory's `persona` parameter; it goes to the model but is not in the key (nothing less)
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface Persona { name: string; traits: string[]; audience: string }

export function makeAssistant(openai: OpenAI, persona: Persona) {
  const systemPrompt = persona.traits.reduce(
    (acc, trait, i) => `${acc}\n${i + 1}. ${trait}`,
    `You are ${persona.name}, writing for ${persona.audience}. Traits:`,
  );

  return memoize(
    async function answer(question: string): Promise<string> {
      const completion = await openai.chat.completions.create({
        model: 'gpt-4o',
        temperature: 0.2,
        messages: [
          { role: 'system', content: systemPrompt },
          { role: 'user', content: question },
        ],
      });
      return completion.choices[0]?.message.content ?? '';
    },
    { cost: 0.01, ttl: '7d' },
  );
}
