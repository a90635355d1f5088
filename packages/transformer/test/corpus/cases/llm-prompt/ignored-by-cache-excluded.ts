// origin: shape of a keyword-extraction service whose docstring says the caller's user id is ignored by the cache, backed by an exclusion
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the docstring claim matches the plan (`@excludeFromKey endUser`); the id only goes to the vendor's abuse-monitoring metadata field
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const anthropic = new Anthropic();

export class KeywordExtractor {
  /**
   * Extract search keywords from a listing description.
   * `endUser` is ignored by the cache: every user gets the same keywords.
   * @excludeFromKey endUser abuse-monitoring tag only, never shapes the answer
   */
  @memoize({ version: 'kw-v2', ttl: '60d', cost: 0.0008 })
  async keywords(description: string, maxKeywords: number, endUser: string): Promise<string[]> {
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 200,
      temperature: 0,
      system: `List at most ${maxKeywords} search keywords, one per line.`,
      messages: [{ role: 'user', content: description }],
      metadata: { user_id: endUser },
    });
    return msg.content
      .map((b) => b.text)
      .join('\n')
      .split('\n')
      .map((k) => k.trim())
      .filter(Boolean)
      .slice(0, maxKeywords);
  }
}
