// origin: shape of a NestJS service composed with a logging mixin and a static, literal-only model table (your own writing)
// category: nest-service
// decorators: tc39
// expect: clean
// why: the body reads a mixin-provided logger (a service), a `static readonly` table built from literals and `as const` (constants) and its own parameters only
import OpenAI from 'openai';
import { memoize } from 'keyproof';

type Ctor<T = object> = new (...args: any[]) => T;

function WithLogging<B extends Ctor>(Base: B) {
  return class extends Base {
    protected log(message: string): void {
      console.log(`[classifier] ${message}`);
    }
  };
}

class ClassifierCore {
  constructor(protected readonly openai: OpenAI) {}
}

export class TicketClassifier extends WithLogging(ClassifierCore) {
  static readonly LABELS = ['billing', 'bug', 'feature', 'other'] as const;
  static readonly MODEL = 'gpt-4o-mini';

  @memoize({ version: 'labels-v2', ttl: '7d', cost: 0.0004 })
  async classify(subject: string, body: string): Promise<(typeof TicketClassifier.LABELS)[number]> {
    this.log(`classifying ${subject.length + body.length} chars`);
    const completion = await this.openai.chat.completions.create({
      model: TicketClassifier.MODEL,
      temperature: 0,
      messages: [
        { role: 'system', content: `Answer with one of: ${TicketClassifier.LABELS.join(', ')}` },
        { role: 'user', content: `${subject}\n\n${body}` },
      ],
    });
    const answer = completion.choices[0]?.message.content.trim().toLowerCase() ?? 'other';
    const hit = TicketClassifier.LABELS.find((l) => l === answer);
    return hit ?? 'other';
  }
}
