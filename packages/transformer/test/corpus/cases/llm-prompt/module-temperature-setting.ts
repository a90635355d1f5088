// origin: shape of a chat-reply suggester whose creativity is a module variable an admin endpoint can change at runtime
// category: llm-prompt
// decorators: tc39
// expect: KP* temperature
// why: the memoised function sends mutable module state (temperature) upstream without keying or excluding it (nothing less)
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const client = new OpenAI();

let temperature = 0.2;

export function setCreativity(level: 'low' | 'medium' | 'high'): void {
  temperature = level === 'low' ? 0.2 : level === 'medium' ? 0.7 : 1.1;
}

export const suggestReplies = memoize(
  async function suggestReplies(lastMessage: string): Promise<string[]> {
    const res = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature,
      messages: [
        { role: 'system', content: 'Suggest three short replies, one per line.' },
        { role: 'user', content: lastMessage },
      ],
    });
    return (res.choices[0]?.message.content ?? '').split('\n').filter(Boolean).slice(0, 3);
  },
  { ttl: '1d', cost: 0.0004 },
);
