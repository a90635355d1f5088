// origin: shape of a request-scoped NestJS product-copy service propagating the request id (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the request is read only for its x-request-id, which travels as the provider's user metadata and a log line and never changes the copy (principle 3, a header that travels); the language is a parameter.
import { Inject, Injectable, Logger, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import type { Request } from 'express';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const MODEL = 'claude-3-5-haiku-latest';

@Injectable({ scope: Scope.REQUEST })
export class ProductCopyService {
  private readonly logger = new Logger(ProductCopyService.name);

  constructor(
    @Inject(REQUEST) private readonly request: Request,
    @Inject('ANTHROPIC') private readonly anthropic: Anthropic,
  ) {}

  /** Two-sentence shop description of a product in the given language. */
  @memoize({ version: 'product-copy-v2', ttl: '30d', cost: 0.004 })
  async describe(sku: string, title: string, features: string[], language: string): Promise<string> {
    const requestId = this.request.headers['x-request-id'] ?? 'none';
    this.logger.log(`copy for ${sku} (${language}) requested by ${requestId}`);
    const message = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 300,
      system: `You write short, friendly shop copy. Answer in the language with tag ${language}.`,
      messages: [{ role: 'user', content: `Product ${sku}: ${title}\nFeatures:\n- ${features.join('\n- ')}` }],
      metadata: { user_id: requestId },
    });
    return message.content.map((block) => block.text).join('');
  }
}
