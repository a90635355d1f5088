// origin: shape of an LLM market-brief service whose default reporting window is the current hour bucket, with the model name kept in a namespace
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the default of `hour` is the clock quantised to the hour where it is written (Math.floor(t / 3_600_000)), a deliberate time bucket; the model comes from a namespace constant.
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export namespace BriefDefaults {
  export const MODEL = 'gpt-4o-2024-08-06';
  export const TEMPERATURE = 0.2;
}

export interface HourlySnapshot {
  ticker: string;
  open: number;
  close: number;
  volume: number;
}

export interface HourlyFeed {
  hourly(ticker: string, hourStartEpochSeconds: number): Promise<HourlySnapshot>;
}

export interface HourlyBrief {
  ticker: string;
  hour: number;
  text: string;
}

const currentHour = (): number => Math.floor(Date.now() / 3_600_000);

export class HourlyBriefService {
  constructor(
    private readonly openai: OpenAI,
    private readonly feed: HourlyFeed,
  ) {}

  @memoize({ version: 'hourly-brief-v1', ttl: '2h', cost: 0.003 })
  async brief(ticker: string, hour: number = currentHour()): Promise<HourlyBrief> {
    const snap = await this.feed.hourly(ticker.toUpperCase(), hour * 3600);
    const completion = await this.openai.chat.completions.create({
      model: BriefDefaults.MODEL,
      temperature: BriefDefaults.TEMPERATURE,
      messages: [
        { role: 'system', content: 'Write a three-sentence summary of the last trading hour for a retail investor.' },
        { role: 'user', content: JSON.stringify(snap) },
      ],
    });
    return { ticker: snap.ticker, hour, text: completion.choices[0]?.message.content ?? '' };
  }
}
