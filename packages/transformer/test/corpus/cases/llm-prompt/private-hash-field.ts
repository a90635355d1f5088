// origin: shape of a modern (ES private fields) Anthropic wrapper: #model and #system set in the constructor and read by the memoised call
// category: llm-prompt
// decorators: tc39
// expect: KP91040 #model
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

export class ClaudeExtractor {
  readonly #client: Anthropic;
  readonly #model: string;

  constructor(client: Anthropic, model = 'claude-3-5-sonnet-latest') {
    this.#client = client;
    this.#model = model;
  }

  @memoize({ ttl: '90d', cost: 0.01 })
  async extractInvoiceFields(ocrText: string): Promise<Record<string, string>> {
    const message = await this.#client.messages.create({
      model: this.#model,
      max_tokens: 1024,
      system: 'Extract invoice number, date, total and currency as JSON.',
      messages: [{ role: 'user', content: ocrText }],
    });
    return JSON.parse(message.content[0]?.text ?? '{}') as Record<string, string>;
  }
}
