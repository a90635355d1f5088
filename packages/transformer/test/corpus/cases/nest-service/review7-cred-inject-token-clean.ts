// origin: review probe: a Nest service given its API key by an injection token, the provider's value read from the environment
// category: nest-service
// decorators: legacy
// expect: clean
// why: the token's provider gives the process's own key, the same for every instance, so it only authenticates (principle 3: a credential).
import { Inject, Injectable } from '@nestjs/common';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export const OPENAI_KEY = 'OPENAI_KEY';
export const openAiKeyProvider = { provide: OPENAI_KEY, useValue: process.env.OPENAI_API_KEY ?? '' };

@Injectable()
export class TagSuggester {
  private readonly openai: OpenAI;

  constructor(@Inject(OPENAI_KEY) apiKey: string) {
    this.openai = new OpenAI({ apiKey });
  }

  @memoize({ version: 'tags-v1', ttl: '1d' })
  async suggest(title: string): Promise<string> {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0,
      messages: [{ role: 'user', content: `Suggest three tags for: ${title}` }],
    });
    return res.choices[0]?.message.content ?? '';
  }
}
