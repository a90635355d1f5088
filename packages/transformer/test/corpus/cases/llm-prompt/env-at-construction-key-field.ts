// origin: the fix for the env-model cases: the model and system prompt read from process.env once, in the constructor, into fields that are part of the key
// category: llm-prompt
// decorators: tc39
// expect: clean
// key: this.model
// key: this.systemPrompt
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class TicketTriage {
  /** @cacheKey */
  readonly model: string;
  /** @cacheKey */
  readonly systemPrompt: string;

  constructor(private readonly openai: OpenAI, env: NodeJS.ProcessEnv = process.env) {
    this.model = env['TRIAGE_MODEL'] ?? 'gpt-4o-mini';
    this.systemPrompt = env['TRIAGE_SYSTEM_PROMPT'] ?? 'Route the ticket to billing, bugs or sales. Answer with one word.';
  }

  @memoize({ ttl: '30d', cost: 0.0004 })
  async route(subject: string, body: string): Promise<'billing' | 'bugs' | 'sales'> {
    const res = await this.openai.chat.completions.create({ model: this.model, temperature: 0, messages: [{ role: 'system', content: this.systemPrompt }, { role: 'user', content: `${subject}\n${body}` }] });
    const word = res.choices[0]?.message.content?.trim().toLowerCase();
    return word === 'billing' || word === 'bugs' ? word : 'sales';
  }
}
