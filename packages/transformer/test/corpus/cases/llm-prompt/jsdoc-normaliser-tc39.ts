// origin: shape of a prompt-completion service on TC39 decorators (TypeScript's default) that normalises the prompt before hashing, the seed's first recipe, written in the JSDoc form since TC39 has no parameter decorators (issue 14: "@cacheKey prompt normalize.text")
// category: llm-prompt
// decorators: tc39
// expect: clean
// key: prompt~normalize.text
import OpenAI from 'openai';
import { memoize, normalize } from 'keyproof';

export class Completer {
  constructor(private readonly openai: OpenAI) {}

  /**
   * One completion per prompt, whitespace and case aside.
   * @cacheKey prompt normalize.text
   * @cacheKey model
   */
  @memoize({ ttl: '7d', cost: 0.002 })
  async complete(prompt: string, model: string, requestId: string): Promise<string> {
    console.debug('completion', requestId);
    const res = await this.openai.chat.completions.create({ model, messages: [{ role: 'user', content: normalize.text(prompt) }] });
    return res.choices[0]?.message.content ?? '';
  }
}
