// origin: shape of a weekly changelog digest whose caller passes the start of the week computed with dayjs (your own writing, never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the week is a clock deliberately quantised with dayjs().startOf('week') where it is written, so it is a time bucket in the key, not a per-call value; the model and prompt are constants
import dayjs from 'dayjs';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const MODEL = 'claude-3-5-haiku-latest';
const SYSTEM = 'You turn a list of merged changes into a short weekly digest for customers.';

export class WeeklyDigest {
  constructor(private readonly anthropic: Anthropic, private readonly changes: { since(day: string): Promise<string[]> }) {}

  async current(product: string): Promise<string> {
    const weekStart = dayjs().startOf('week').format('YYYY-MM-DD');
    return this.digest(product, weekStart);
  }

  @memoize({ version: 'wd-v2', ttl: '7d', cost: 0.004 })
  async digest(product: string, weekStart: string): Promise<string> {
    const items = await this.changes.since(weekStart);
    const msg = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 700,
      system: SYSTEM,
      messages: [{ role: 'user', content: `${product} changes since ${weekStart}:\n${items.join('\n')}` }],
    });
    return msg.content.map((b) => b.text).join('');
  }
}
