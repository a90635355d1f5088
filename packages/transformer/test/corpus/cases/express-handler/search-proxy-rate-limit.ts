// origin: shape of an Express endpoint proxying a paid web-search API behind a token bucket (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the rate limiter, its env-configured rate, the abort signal and the response-time log only govern how the call travels and is observed; the request depends on the query and market parameters (principle 3).
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

/** Minimal token bucket: callers await a slot before hitting the upstream. */
class TokenBucket {
  private tokens: number;
  private last = Date.now();
  constructor(private readonly perSecond: number) {
    this.tokens = perSecond;
  }
  async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond);
      this.last = now;
      if (this.tokens >= 1) { this.tokens -= 1; return; }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const limiter = new TokenBucket(Number(process.env.SEARCH_RPS ?? 5));
const SEARCH_URL = 'https://api.search.brave.com/res/v1/web/search';

export interface WebResult { title: string; url: string; snippet: string }

class WebSearch {
  @memoize({ version: 'web-v1', ttl: '6h', cost: 0.003 })
  async search(q: string, market: string): Promise<WebResult[]> {
    await limiter.take();
    const t0 = performance.now();
    const res = await fetch(`${SEARCH_URL}?q=${encodeURIComponent(q)}&country=${market}&count=10`, {
      headers: { 'X-Subscription-Token': process.env.BRAVE_TOKEN ?? '' },
      signal: AbortSignal.timeout(5_000),
    });
    console.info(`web search ${market} ${Math.round(performance.now() - t0)}ms status=${res.status}`);
    const json = (await res.json()) as { web: { results: { title: string; url: string; description: string }[] } };
    return json.web.results.map((r) => ({ title: r.title, url: r.url, snippet: r.description }));
  }
}

const web = new WebSearch();
export const searchRouter = Router();
searchRouter.get('/search', async (req: Request, res: Response) => {
  res.json(await web.search(String(req.query.q ?? ''), String(req.query.market ?? 'us')));
});
