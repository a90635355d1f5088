// origin: review probe: a rate limiter configured from process.env whose take() answer is thrown away (answerDiscarded, right side)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the limiter only delays the call; nothing it answers reaches the result, so its configuration shapes no answer (nothing more).
import { memoize } from 'keyproof';

class TokenBucket {
  private tokens: number;
  constructor(private readonly perSecond: number) {
    this.tokens = perSecond;
  }
  async take(): Promise<void> {
    while (this.tokens <= 0) await new Promise((r) => setTimeout(r, 1000 / this.perSecond));
    this.tokens -= 1;
  }
}

const limiter = new TokenBucket(Number(process.env.GEO_RPS ?? 10));

export class GeoLookup {
  @memoize({ version: 'geo-v1', ttl: '30d', cost: 0.002 })
  async country(ip: string): Promise<string> {
    await limiter.take();
    const res = await fetch(`https://ipgeo.example/v1/${ip}`);
    return ((await res.json()) as { country: string }).country;
  }
}
