// origin: shape of a chat service that returns the answer text together with a Node stream for progressive rendering (your own writing)
// category: llm-prompt
// decorators: tc39
// expect: KP* streamAnswer
// why: the declared result holds a `Readable` stream, which cannot be stored and come back (return value)
import { Readable } from 'node:stream';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface StreamedAnswer { text: string; tokens: number; body: Readable }

export class ChatStreamService {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 's1', ttl: '1d', cost: 0.004 })
  async streamAnswer(question: string): Promise<StreamedAnswer> {
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: question }],
    });
    const text = completion.choices[0]?.message.content ?? '';
    const chunks = text.match(/.{1,64}/gs) ?? [];
    return { text, tokens: completion.usage?.completion_tokens ?? 0, body: Readable.from(chunks) };
  }
}
