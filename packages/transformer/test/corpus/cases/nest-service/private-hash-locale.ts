// origin: shape of a Nest translation service configured per instance through a #private field
// category: nest-service
// decorators: tc39
// expect: KP* #targetLocale|targetLocale
// why: a #private field set from a constructor argument shapes the upstream request but is not in the key
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

interface TranslateApi {
  translate(body: { text: string; source: string; target: string; formality: 'more' | 'less' }): Promise<{ text: string }>;
}

@Injectable()
export class TranslationService {
  readonly #api: TranslateApi;
  #targetLocale: string;
  static readonly SOURCE = 'en';

  constructor(api: TranslateApi, targetLocale: string) {
    this.#api = api;
    this.#targetLocale = targetLocale;
  }

  retarget(locale: string): void {
    this.#targetLocale = locale;
  }

  @memoize({ version: 'tr-v1', ttl: '90d', cost: 0.0004 })
  async translate(text: string, formal: boolean): Promise<string> {
    const body = {
      text: text.normalize('NFC'),
      source: TranslationService.SOURCE,
      target: this.#targetLocale,
      formality: formal ? ('more' as const) : ('less' as const),
    };
    const out = await this.#api.translate(body);
    return out.text;
  }
}
