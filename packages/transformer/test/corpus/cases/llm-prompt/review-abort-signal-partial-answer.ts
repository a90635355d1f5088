// origin: review probe: an allow-list leaving out an AbortSignal the body checks between chunks and returns a partial summary (cancelsOnly by type)
// category: llm-prompt
// decorators: legacy
// expect: KP91048 signal
// why: when the signal fires the body does not fail, it returns the chunks summarised so far, and that partial answer is cached under the document's key (nothing less: the allow-list leaves out a parameter that shapes the answer).
import OpenAI from 'openai';
import { Injectable } from '@nestjs/common';
import { memoize, cacheKey } from 'keyproof';

@Injectable()
export class DocSummariser {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'doc-summary-v1', ttl: '7d', cost: 0.02 })
  async summarise(@cacheKey chunks: string[], signal?: AbortSignal): Promise<string[]> {
    const parts: string[] = [];
    for (const chunk of chunks) {
      if (signal?.aborted) break;
      const completion = await this.openai.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: `Summarise:\n${chunk}` }],
      });
      parts.push(completion.choices[0]?.message.content ?? '');
    }
    return parts;
  }
}
