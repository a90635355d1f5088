// origin: review probe (round 10 rules): a program's own Summary builder class (named like a prom metric) collects env text into the returned prompt
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 PROMPT_DISCLAIMER
// why: a program's own Summary builder class (named like a prom metric) collects env text into the returned prompt (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import OpenAI from 'openai';
declare const openai: OpenAI;
class Summary {
  private readonly parts: string[] = [];
  add(part: string): this { this.parts.push(part); return this; }
  text(): string { return this.parts.join('\n'); }
}
export class Digest {
  @memoize({ version: 'digest-v1', ttl: '1d' })
  async digest(article: string): Promise<string> {
    const summary = new Summary();
    const c = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: article }] });
    summary.add(c.choices[0]?.message.content ?? '');
    summary.add(process.env.PROMPT_DISCLAIMER ?? '');
    return summary.text();
  }
}
