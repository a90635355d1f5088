// origin: shape of an Anthropic product-blurb generator that takes the brand tone as an argument and reads the request context only for logging
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the tone that shapes the prompt is a key parameter (the caller reads it from the context), and the AsyncLocalStorage store is read inside the memoised function only for a log line.
import { AsyncLocalStorage } from 'node:async_hooks';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

export type Tone = 'playful' | 'formal' | 'neutral';

export interface ShopContext {
  shopId: string;
  tone: Tone;
  userId: string;
}

export const shopContext = new AsyncLocalStorage<ShopContext>();

function guidelinesFor(tone: Tone): string {
  switch (tone) {
    case 'playful':
      return 'Use light humour and short sentences.';
    case 'formal':
      return 'Use a formal register and no contractions.';
    default:
      return 'Write plainly.';
  }
}

const claude = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const TAGLINE_MODEL = 'claude-3-5-haiku-20241022';

export const writeTagline = memoize(
  async function writeTagline(productName: string, features: readonly string[], tone: Tone): Promise<string> {
    console.info(`tagline for ${productName} requested by ${shopContext.getStore()?.userId ?? 'system'}`);
    const message = await claude.messages.create({
      model: TAGLINE_MODEL,
      max_tokens: 300,
      system: `You write two-sentence product taglines. ${guidelinesFor(tone)}`,
      messages: [{ role: 'user', content: `${productName}\n${features.map((f) => `- ${f}`).join('\n')}` }],
    });
    return message.content.map((block) => block.text).join('');
  },
  { version: 'product-tagline-v1', cost: 0.001 },
);

/** What the route handler calls: the tone is read here, outside the memoised function, and passed in. */
export function taglineForCurrentShop(productName: string, features: readonly string[]): Promise<string> {
  return writeTagline(productName, features, shopContext.getStore()?.tone ?? 'neutral');
}
