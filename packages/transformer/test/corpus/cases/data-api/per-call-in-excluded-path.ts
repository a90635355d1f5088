// origin: shape of an FX quote client taking one request object whose requestId is excluded by path (issue 14: "a per-call value inside an excluded path is fine")
// category: data-api
// decorators: tc39
// expect: clean
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

export interface QuoteRequest { requestId: string; pair: `${string}/${string}`; amount: number }
export interface FxQuote { pair: string; rate: number; amount: number }
interface FxApi { quote(pair: string, amount: number, requestId: string): Promise<{ rate: number }> }

export class FxClient {
  constructor(private readonly api: FxApi) {}

  /** @excludeFromKey req.requestId tracing only */
  @memoize({ ttl: '10s' })
  async quote(req: QuoteRequest): Promise<FxQuote> {
    const { rate } = await this.api.quote(req.pair, req.amount, req.requestId);
    return { pair: req.pair, rate, amount: req.amount };
  }

  async convert(pair: QuoteRequest['pair'], amount: number): Promise<number> {
    const q = await this.quote({ requestId: randomUUID(), pair, amount });
    return q.rate * amount;
  }
}
