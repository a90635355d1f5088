// origin: shape of an AI provider adapter (BaseLLM subclasses in public agent frameworks) whose model comes from a getter over its options object
// category: llm-prompt
// decorators: legacy
// expect: KP91040 model|options
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface ProviderOptions { model: string; temperature: number; baseURL?: string }

export class OpenAiProvider {
  constructor(private readonly client: OpenAI, private readonly options: ProviderOptions) {}

  get model(): string {
    return this.options.model;
  }

  @memoize({ ttl: '7d' })
  async complete(system: string, user: string): Promise<string> {
    const res = await this.client.chat.completions.create({ model: this.model, temperature: 0, messages: [{ role: 'system', content: system }, { role: 'user', content: user }] });
    return res.choices[0]?.message.content ?? '';
  }
}
