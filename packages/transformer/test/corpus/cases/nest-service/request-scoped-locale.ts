// origin: shape of a request-scoped NestJS product-copy service reading the caller's language (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91046|KP91040 request
// why: the Accept-Language header of the request being served picks the language of the generated copy, so the injected request reaches the prompt with no decision (principle 2, a header that asks).
import { Inject, Injectable, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import type { Request } from 'express';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const MODEL = 'claude-3-5-haiku-latest';

function primaryLanguage(header: string | undefined): string {
  return (header ?? 'en').split(',')[0]!.split(';')[0]!.trim() || 'en';
}

@Injectable({ scope: Scope.REQUEST })
export class ProductCopyService {
  constructor(
    @Inject(REQUEST) private readonly request: Request,
    @Inject('ANTHROPIC') private readonly anthropic: Anthropic,
  ) {}

  /** Two-sentence shop description of a product, in the shopper's language. */
  @memoize({ version: 'product-copy-v2', ttl: '30d', cost: 0.004 })
  async describe(sku: string, title: string, features: string[]): Promise<string> {
    const language = primaryLanguage(this.request.headers['accept-language']);
    const message = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 300,
      system: `You write short, friendly shop copy. Answer in the language with tag ${language}.`,
      messages: [{ role: 'user', content: `Product ${sku}: ${title}\nFeatures:\n- ${features.join('\n- ')}` }],
    });
    return message.content.map((block) => block.text).join('');
  }
}
