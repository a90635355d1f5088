// origin: shape of a FAQ answering service that normalises the question and tags each call with a request id for tracing (your own writing)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: `requestId` is `@notKey` and read only by the logger; the question is keyed through a normaliser; the model and limits are constants
import { Injectable, Logger } from '@nestjs/common';
import OpenAI from 'openai';
import { memoize, cacheKey, notKey, normalize } from 'keyproof';

const FAQ_MODEL = 'gpt-4o-mini';

@Injectable()
export class FaqService {
  private readonly logger = new Logger('faq');
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'faq-v2', ttl: '3d', cost: 0.0008 })
  async answer(@notKey('trace only') requestId: string, @cacheKey(normalize.text) question: string, @cacheKey productArea: string): Promise<string> {
    const started = Date.now();
    const completion = await this.openai.chat.completions.create({
      model: FAQ_MODEL,
      max_tokens: 300,
      messages: [
        { role: 'system', content: `Answer questions about our ${productArea} product in two sentences.` },
        { role: 'user', content: question.trim() },
      ],
    });
    this.logger.log(`faq ${requestId} answered in ${Date.now() - started} ms`);
    return completion.choices[0]?.message.content ?? '';
  }
}
