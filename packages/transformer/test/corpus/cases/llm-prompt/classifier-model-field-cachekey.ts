// origin: shape of a NestJS intent classifier whose model is configured per environment (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the model name comes from the environment, but it lives in a field marked @cacheKey, so changing it gives new keys (principle 2 satisfied by a decision); the API key only authenticates (principle 3).
import { Injectable } from '@nestjs/common';
import Anthropic from '@anthropic-ai/sdk';
import { cacheKey, memoize } from 'keyproof';

const INTENTS = ['billing', 'bug_report', 'feature_request', 'account_access', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

@Injectable()
export class IntentClassifier {
  @cacheKey
  private readonly model: string = process.env.CLASSIFIER_MODEL ?? 'claude-3-5-haiku-20241022';

  private readonly anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

  /** Many tickets are near-identical ("reset my password"), so classifications repeat. */
  @memoize({ version: 'intent-v2', cost: 0.0003 })
  async classify(subject: string, body: string): Promise<Intent> {
    const message = await this.anthropic.messages.create({
      model: this.model,
      max_tokens: 10,
      temperature: 0,
      system: `Classify the ticket into exactly one of: ${INTENTS.join(', ')}. Answer with the label only.`,
      messages: [{ role: 'user', content: `${subject}\n\n${body}` }],
    });
    const label = message.content[0]?.text.trim() ?? 'other';
    return (INTENTS as readonly string[]).includes(label) ? (label as Intent) : 'other';
  }
}
