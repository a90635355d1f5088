// origin: review probe: a module's prompt library object (templates fixed at load), a startup log line calling its describe() for the effect
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: nothing changes the templates while the process runs; printing them at startup does not, so the library is a constant (principle 3).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

class PromptLibrary {
  constructor(private readonly templates: Readonly<Record<string, string>>) {}
  render(name: string, vars: Record<string, string>): string {
    return (this.templates[name] ?? '').replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  }
  describe(): void {
    console.log(`prompt library: ${Object.keys(this.templates).join(', ')}`);
  }
}

const prompts = new PromptLibrary({ title: 'Write a product title for {name} in {tone} tone.' });
prompts.describe();

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const productTitle = memoize(
  async function productTitle(name: string, tone: string): Promise<string> {
    const res = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0,
      messages: [{ role: 'user', content: prompts.render('title', { name, tone }) }],
    });
    return res.choices[0]?.message.content ?? '';
  },
  { version: 'product-title-v1', ttl: '7d' },
);
