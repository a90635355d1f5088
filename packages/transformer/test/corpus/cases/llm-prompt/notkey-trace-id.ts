// origin: shape of a classification service whose trace id parameter is marked @notKey and only reaches the logger
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the docstring says traceId does not affect which entry is used, and @notKey agrees; it is only logged
import Anthropic from '@anthropic-ai/sdk';
import { memoize, notKey, cacheKey, normalize } from 'keyproof';

interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
}

const LABELS = Object.freeze(['billing', 'bug', 'feature', 'other'] as const);

export class IntentClassifier {
  constructor(
    private readonly anthropic: Anthropic,
    private readonly logger: Logger,
  ) {}

  /**
   * Classify a ticket into one of LABELS.
   * `traceId` does not affect which entry is used: it only correlates logs.
   */
  @memoize({ version: 'intent-v1', ttl: '30d', cost: 0.0006 })
  async classify(@cacheKey(normalize.text) text: string, @notKey traceId: string): Promise<(typeof LABELS)[number]> {
    this.logger.info('classify', { traceId, chars: text.length });
    const msg = await this.anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 5,
      temperature: 0,
      system: `Answer with exactly one of: ${LABELS.join(', ')}.`,
      messages: [{ role: 'user', content: text }],
    });
    const label = msg.content[0]?.text.trim().toLowerCase() ?? 'other';
    return (LABELS as readonly string[]).includes(label) ? (label as (typeof LABELS)[number]) : 'other';
  }
}
