// origin: shape of an email-subject generator whose docstring says responses are shared between users and the cache does not key on user
// category: llm-prompt
// decorators: legacy
// expect: KP* user
// why: the docstring says the cache does not key on `user`, but user is an ordinary parameter with no exclusion, so it is in the plan (docstring claim contradicted)
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

export class SubjectLineService {
  /**
   * Suggests a subject line for a campaign body.
   * Responses are shared between users; the cache does not key on `user`,
   * which is forwarded to OpenAI only for abuse tracking.
   */
  @memoize({ version: 'v1', ttl: '30d', cost: 0.0008 })
  async subject(body: string, user: string): Promise<string> {
    const res = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      user,
      messages: [
        { role: 'system', content: 'Write one email subject line, under 60 characters.' },
        { role: 'user', content: body },
      ],
    });
    return res.choices[0]?.message.content?.trim() ?? '';
  }
}
