// origin: shape of a NestJS translation service that reads its configured glossary version as this['glossaryVersion'] (string-keyed access, as linters sometimes force)
// category: nest-service
// decorators: legacy
// expect: KP91040 glossaryVersion
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

interface DeepLApi { translate(body: { text: string[]; target_lang: string; glossary_id?: string }): Promise<{ translations: { text: string }[] }> }

@Injectable()
export class TranslationService {
  readonly glossaryVersion: string;

  constructor(private readonly deepl: DeepLApi, config: ConfigService) {
    this.glossaryVersion = config.get<string>('GLOSSARY_VERSION') ?? 'v1';
  }

  @memoize({ ttl: '30d', cost: 0.0002 })
  async translate(text: string, targetLang: string): Promise<string> {
    const glossary = this['glossaryVersion'];
    const { translations } = await this.deepl.translate({ text: [text], target_lang: targetLang, glossary_id: `terms-${glossary}` });
    return translations[0]?.text ?? text;
  }
}
