// origin: shape of an OpenAiClient wrapper (public repos: model and system prompt from process.env, a hand-rolled Map cache keyed on JSON.stringify({ model, systemPrompt, userMessage })) ported to @memoize, the env read moved into the method
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91041 OPENAI_MODEL
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class OpenAiClient {
  private readonly client = new OpenAI({ apiKey: process.env['OPENAI_API_KEY'] });

  @memoize({ ttl: '7d', cost: 0.002 })
  async createChatCompletion(userMessage: string): Promise<string> {
    const completion = await this.client.chat.completions.create({
      model: process.env['OPENAI_MODEL'] ?? 'gpt-4.1-nano',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: userMessage },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }
}
