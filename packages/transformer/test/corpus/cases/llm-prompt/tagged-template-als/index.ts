// origin: shape of a help-centre answer service whose prompt tag, in another module, appends the caller's locale from AsyncLocalStorage (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: KP* getStore|locale|requestContext
// why: nothing less: the tagged template helper reads the request's AsyncLocalStorage context and the locale ends up in the system prompt, so answers in one language would be served to callers of another
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';
import { localized } from './prompt';

const MODEL = 'claude-3-5-haiku-latest';

export class HelpCentreAnswers {
  constructor(private readonly anthropic: Anthropic) {}

  @memoize({ version: 'help-v3', ttl: '3d', cost: 0.004 })
  async answer(question: string, articleIds: string[]): Promise<string> {
    const system = localized`You answer support questions using only articles ${articleIds.join(', ')}.`;
    const msg = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 600,
      system,
      messages: [{ role: 'user', content: question }],
    });
    return msg.content.map((b) => b.text).join('\n');
  }
}
