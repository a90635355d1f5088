// origin: shape of an LLM market-brief service whose "as of" default is the clock floored to the second
// category: llm-prompt
// decorators: tc39
// expect: KP* asOf|epochSeconds
// why: the default value of the key parameter `asOf` is Math.floor(Date.now() / 1000), a clock floored only to the second, so nearly every call gets a new key.
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface QuoteSnapshot {
  ticker: string;
  last: number;
  changePct: number;
  volume: number;
}

export interface QuoteFeed {
  snapshot(ticker: string, atEpochSeconds: number): Promise<QuoteSnapshot>;
}

export interface MarketBrief {
  ticker: string;
  asOf: number;
  text: string;
}

const epochSeconds = (): number => Math.floor(Date.now() / 1000);
const BRIEF_MODEL = 'gpt-4o-2024-08-06';

export class MarketBriefService {
  constructor(
    private readonly openai: OpenAI,
    private readonly quotes: QuoteFeed,
  ) {}

  @memoize({ version: 'market-brief-v2', ttl: '2m', cost: 0.003 })
  async brief(ticker: string, asOf: number = epochSeconds()): Promise<MarketBrief> {
    const snap = await this.quotes.snapshot(ticker.toUpperCase(), asOf);
    const completion = await this.openai.chat.completions.create({
      model: BRIEF_MODEL,
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'Write a three-sentence market brief for a retail investor.' },
        { role: 'user', content: JSON.stringify(snap) },
      ],
    });
    return { ticker: snap.ticker, asOf, text: completion.choices[0]?.message.content ?? '' };
  }
}
