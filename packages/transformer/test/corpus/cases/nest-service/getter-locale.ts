// origin: shape of a Nest translation service whose locale comes from a mutable settings object through a getter (your own writing)
// category: nest-service
// decorators: tc39
// expect: KP* locale|settings
// why: the getter `locale` reads mutable instance state (`settings`, changed by `useLocale`) that goes into the upstream prompt; it is not in the key (nothing less)
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

interface TranslatorSettings { locale: string; formality: 'formal' | 'informal' }

export class TranslationService {
  private settings: TranslatorSettings = { locale: 'en-GB', formality: 'formal' };

  constructor(private readonly anthropic: Anthropic) {}

  useLocale(locale: string): void {
    this.settings = { ...this.settings, locale };
  }

  get locale(): string {
    return this.settings.locale;
  }

  @memoize({ version: 'tr-v1', ttl: '30d', cost: 0.003 })
  async translate(text: string): Promise<string> {
    const msg = await this.anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 1024,
      system: `Translate the user's text into ${this.locale}. Keep placeholders like {name} intact.`,
      messages: [{ role: 'user', content: text }],
    });
    return msg.content.map((b) => b.text).join('');
  }
}
