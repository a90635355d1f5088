// origin: review probe: a settings service that reads process.env in its constructor and hands it out through a getter (getter followed for configuration, positive)
// category: nest-service
// decorators: legacy
// expect: KP91040|KP91044|KP91046 locale
// why: the language from the environment is sent to the API and decides the text returned, so configuration shapes the answer (principle 2).
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class LocaleSettings {
  private readonly lang: string;
  constructor() {
    this.lang = process.env.DEFAULT_LANGUAGE ?? 'en';
  }
  get language(): string {
    return this.lang;
  }
}

@Injectable()
export class Glossary {
  constructor(
    private readonly http: HttpService,
    private readonly locale: LocaleSettings,
  ) {}

  @memoize({ version: 'glossary-v1', ttl: '1d', cost: 0.0005 })
  async define(term: string): Promise<string> {
    const { data } = await firstValueFrom(
      this.http.get<{ definition: string }>('https://glossary.example/define', { params: { term, lang: this.locale.language } }),
    );
    return data.definition;
  }
}
