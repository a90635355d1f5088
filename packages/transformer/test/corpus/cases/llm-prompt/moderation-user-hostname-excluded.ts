// origin: shape of a moderation step that tags OpenAI requests with the calling host for abuse reports (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the host name is sent upstream only as the end-user tag the provider uses for abuse monitoring, and the method excludes it with a reason; everything else in the request is the parameters and constants (principles 2 and 3).
import { hostname } from 'node:os';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();
const MODERATION_MODEL = 'gpt-4o-mini';
const NODE_TAG = `svc-comments@${hostname()}`;

export interface ModerationVerdict {
  allowed: boolean;
  reason: string;
}

export class CommentModerator {
  /**
   * Judge a comment against the community guidelines; spam waves repeat the same text.
   * @excludeFromKey NODE_TAG only identifies the caller in the provider's abuse reports
   */
  @memoize({ version: 'moderation-v5', ttl: '30d', cost: 0.0002 })
  async judge(comment: string): Promise<ModerationVerdict> {
    const completion = await openai.chat.completions.create({
      model: MODERATION_MODEL,
      temperature: 0,
      user: NODE_TAG,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'Return {"allowed": boolean, "reason": string} for the comment under our guidelines: no harassment, no spam, no personal data.' },
        { role: 'user', content: comment },
      ],
    });
    const parsed = JSON.parse(completion.choices[0]?.message.content ?? '{}') as Partial<ModerationVerdict>;
    return { allowed: parsed.allowed ?? false, reason: parsed.reason ?? 'unparseable' };
  }
}
