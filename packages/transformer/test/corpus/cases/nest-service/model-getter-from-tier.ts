// origin: shape of a NestJS moderation service that picks a model through a getter (never a verbatim copy)
// category: nest-service
// decorators: tc39
// expect: clean
// why: the getter `model` derives from a const table and the field `tier`, which carries @cacheKey; the injected client and the logger need no decision (principles 2 and 3).
import { Injectable, Logger } from '@nestjs/common';
import OpenAI from 'openai';
import { cacheKey, memoize } from 'keyproof';

const MODEL_BY_TIER = {
  standard: 'gpt-4o-mini',
  premium: 'gpt-4o',
} as const;

type Tier = keyof typeof MODEL_BY_TIER;

export interface ModerationVerdict {
  allowed: boolean;
  reasons: string[];
}

@Injectable()
export class ModerationService {
  private readonly logger = new Logger('ModerationService');

  /** Premium workspaces get the larger model, which flags differently. */
  @cacheKey
  tier: Tier = 'standard';

  constructor(private readonly openai: OpenAI) {}

  private get model(): string {
    return MODEL_BY_TIER[this.tier];
  }

  @memoize({ version: 'moderation-v2', ttl: '7d', cost: 0.001 })
  async review(text: string): Promise<ModerationVerdict> {
    const completion = await this.openai.chat.completions.create({
      model: this.model,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'Answer {"allowed": boolean, "reasons": string[]} for the user text.' },
        { role: 'user', content: text },
      ],
    });
    const content = completion.choices[0]?.message.content ?? '{}';
    this.logger.debug(`moderation via ${completion.model}`);
    const parsed = JSON.parse(content) as Partial<ModerationVerdict>;
    return { allowed: parsed.allowed ?? false, reasons: parsed.reasons ?? [] };
  }
}
