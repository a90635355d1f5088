// origin: review probe (round 10 rules): Nest ConfigService.get of a feature flag deciding which model answers
// category: nest-service
// decorators: legacy
// expect: KP91044|KP91046 config
// why: Nest ConfigService.get of a feature flag deciding which model answers (the review of round 10's rules; the expectation is the principle's).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import OpenAI from 'openai';
import { memoize } from 'keyproof';
@Injectable()
export class Replies {
  constructor(private readonly config: ConfigService, private readonly openai: OpenAI) {}
  @memoize({ version: 'reply-v1', ttl: '1d' })
  async reply(question: string): Promise<string> {
    const model = this.config.get<string>('USE_LARGE_MODEL') === 'true' ? 'gpt-4o' : 'gpt-4o-mini';
    const c = await this.openai.chat.completions.create({ model, messages: [{ role: 'user', content: question }] });
    return c.choices[0]?.message.content ?? '';
  }
}
