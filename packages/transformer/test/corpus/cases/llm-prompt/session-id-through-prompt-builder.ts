// origin: shape of a chat endpoint that builds its prompt in a helper and stamps it with a cuid2 session id "so the model keeps conversations apart", the prompt being the memoised completion's key
// category: llm-prompt
// decorators: tc39
// expect: KP91020 prompt
import { createId } from '@paralleldrive/cuid2';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

function buildPrompt(question: string, sessionId: string, context: readonly string[]): string {
  return [`Session: ${sessionId}`, 'Context:', ...context.map((c) => `- ${c}`), '', `Question: ${question}`].join('\n');
}

export class FaqBot {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ ttl: '3d', cost: 0.002 })
  async complete(prompt: string): Promise<string> {
    const res = await this.openai.chat.completions.create({ model: 'gpt-4o-mini', temperature: 0, messages: [{ role: 'user', content: prompt }] });
    return res.choices[0]?.message.content ?? '';
  }

  async reply(question: string, context: readonly string[]): Promise<string> {
    const sessionId = createId();
    const prompt = buildPrompt(question, sessionId, context);
    return this.complete(prompt);
  }
}
