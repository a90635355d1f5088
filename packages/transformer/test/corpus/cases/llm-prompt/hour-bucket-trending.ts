// origin: shape of a newsroom helper that asks a model for trending angles at most once an hour per topic (your own writing)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: `hour` comes from `Math.floor(Date.now() / 3_600_000)` in a helper: a clock quantised to the hour where it is written (a time bucket), passed as a key parameter
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const anthropic = new Anthropic();

function currentHour(): number {
  return Math.floor(Date.now() / 3_600_000);
}

export const trendingAngles = memoize(
  async function trendingAngles(topic: string, hour: number): Promise<string[]> {
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-sonnet-latest',
      max_tokens: 500,
      messages: [{ role: 'user', content: `List five fresh story angles about ${topic}, one per line.` }],
    });
    return msg.content.map((b) => b.text).join('').split('\n').filter(Boolean).slice(0, 5);
  },
  { ttl: '1h', cost: 0.004 },
);

export async function anglesNow(topic: string): Promise<string[]> {
  return trendingAngles(topic.trim().toLowerCase(), currentHour());
}
