// origin: shape of a NestJS translation service with an env-driven prompt-debugging switch (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: DEBUG_PROMPTS only decides whether the prompt and the token usage are logged; the request and the result are the same either way (principle 3: a debug switch that only changes logging).
import { Injectable, Logger } from '@nestjs/common';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const MODEL = 'claude-3-5-haiku-20241022';

@Injectable()
export class TranslationService {
  private readonly logger = new Logger('Translation');

  constructor(private readonly anthropic: Anthropic) {}

  private get debugPrompts(): boolean {
    return process.env.DEBUG_PROMPTS === '1' || process.env.DEBUG_PROMPTS === 'true';
  }

  /** Translate UI copy; the same strings are requested by every tenant. */
  @memoize({ version: 'i18n-v3', cost: 0.0008 })
  async translate(text: string, targetLang: string): Promise<string> {
    const system = `Translate the user's text into ${targetLang}. Keep placeholders like {name} unchanged. Answer with the translation only.`;
    if (this.debugPrompts) {
      this.logger.debug(`prompt for ${targetLang}: ${system}\n---\n${text}`);
    }
    const message = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 1024,
      temperature: 0,
      system,
      messages: [{ role: 'user', content: text }],
    });
    const out = message.content.map((b) => b.text).join('');
    if (this.debugPrompts) this.logger.debug(`stop_reason=${message.stop_reason} chars=${out.length}`);
    return out.trim();
  }
}
