// origin: shape of a few-shot extraction helper with its examples as a module-level const array (frozen at load, part of the code, not configuration)
// category: llm-prompt
// decorators: tc39
// expect: clean
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const EXAMPLES: readonly { input: string; output: string }[] = [
  { input: 'Call me at 555-0100 tomorrow', output: '{"phone":"555-0100"}' },
  { input: 'no number here', output: '{"phone":null}' },
];
const FEW_SHOT = EXAMPLES.flatMap((e) => [
  { role: 'user' as const, content: e.input },
  { role: 'assistant' as const, content: e.output },
]);

export class PhoneExtractor {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'few-shot-2', ttl: '180d', cost: 0.0001 })
  async extract(text: string): Promise<string | null> {
    const res = await this.openai.chat.completions.create({ model: 'gpt-4o-mini', temperature: 0, messages: [...FEW_SHOT, { role: 'user', content: text }] });
    return (JSON.parse(res.choices[0]?.message.content ?? '{"phone":null}') as { phone: string | null }).phone;
  }
}
