// origin: shape of an Anthropic product-blurb generator whose voice guidelines come from a brand context held in AsyncLocalStorage, two helper calls away
// category: llm-prompt
// decorators: tc39
// expect: KP* tone|voiceGuidelines|brandContext
// why: the system prompt depends on the tenant's `tone`, read from the AsyncLocalStorage store through currentBrand() and a switch in voiceGuidelines(), and the tone is neither a parameter nor declared in the key.
import { AsyncLocalStorage } from 'node:async_hooks';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

export interface BrandContext {
  brandId: string;
  tone: 'playful' | 'formal' | 'neutral';
  userId: string;
}

/** Filled by the HTTP middleware for every request. */
export const brandContext = new AsyncLocalStorage<BrandContext>();

function currentBrand(): BrandContext | undefined {
  return brandContext.getStore();
}

function voiceGuidelines(): string {
  switch (currentBrand()?.tone) {
    case 'playful':
      return 'Use light humour and short sentences.';
    case 'formal':
      return 'Use a formal register and no contractions.';
    default:
      return 'Write plainly.';
  }
}

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const BLURB_MODEL = 'claude-3-5-haiku-20241022';

export const writeProductBlurb = memoize(
  async function writeProductBlurb(productName: string, features: readonly string[]): Promise<string> {
    const message = await anthropic.messages.create({
      model: BLURB_MODEL,
      max_tokens: 300,
      system: `You write two-sentence product blurbs. ${voiceGuidelines()}`,
      messages: [{ role: 'user', content: `${productName}\n${features.map((f) => `- ${f}`).join('\n')}` }],
    });
    return message.content.map((block) => block.text).join('');
  },
  { version: 'product-blurb-v2', cost: 0.001 },
);
