// origin: shape of an LLM classification service that merges defaults with caller options (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the merged settings come from an `as const` default table and the `options` parameter, which is in the key; the request id is excluded with @notKey and only sent as the provider's `user` tag (principles 1 and 3).
import OpenAI from 'openai';
import { memoize, notKey } from 'keyproof';

interface GenerationSettings {
  model: string;
  temperature: number;
  maxTokens: number;
}

const DEFAULTS = { model: 'gpt-4o-mini', temperature: 0, maxTokens: 64 } as const satisfies GenerationSettings;

const LABELS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof LABELS)[number];

export class ReviewSentiment {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'sentiment-v1', ttl: '30d', cost: 0.0002 })
  async classify(
    review: string,
    options: Partial<GenerationSettings> = {},
    @notKey('abuse-tracking tag for the provider') requestId?: string,
  ): Promise<Sentiment> {
    const settings: GenerationSettings = Object.assign({}, DEFAULTS, options);
    const completion = await this.openai.chat.completions.create({
      model: settings.model,
      temperature: settings.temperature,
      max_tokens: settings.maxTokens,
      user: requestId,
      messages: [
        { role: 'system', content: `Classify the review as one of: ${LABELS.join(', ')}. One word.` },
        { role: 'user', content: review },
      ],
    });
    const answer = completion.choices[0]?.message.content?.trim().toLowerCase() ?? 'neutral';
    return (LABELS as readonly string[]).includes(answer) ? (answer as Sentiment) : 'neutral';
  }
}
