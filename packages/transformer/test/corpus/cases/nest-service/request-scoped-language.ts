// origin: shape of a request-scoped NestJS translation service that reads the caller's Accept-Language from the injected request
// category: nest-service
// decorators: legacy
// expect: KP* request|lang
// why: the injected request is per-call context; its Accept-Language chooses the translation target but is not in the key (nothing less)
import { Injectable, Inject, Scope } from '@nestjs/common';
import type { Request } from 'express';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODEL = 'gpt-4o-mini';

@Injectable({ scope: Scope.REQUEST })
export class ProductCopyTranslator {
  constructor(
    @Inject('REQUEST') private readonly request: Request,
    private readonly openai: OpenAI,
  ) {}

  /** Translates product copy into the shopper's language. */
  @memoize({ version: 'v1', ttl: '7d', cost: 0.003 })
  async translate(copy: string): Promise<string> {
    const lang = this.request.headers['accept-language']?.split(',')[0] ?? 'en';
    const completion = await this.openai.chat.completions.create({
      model: MODEL,
      temperature: 0,
      messages: [
        { role: 'system', content: `Translate the user's text into ${lang}. Keep formatting.` },
        { role: 'user', content: copy },
      ],
    });
    return completion.choices[0]?.message.content ?? copy;
  }
}
