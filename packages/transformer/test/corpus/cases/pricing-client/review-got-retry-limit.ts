// origin: review probe (round 10 rules): got-style nested retry: { limit } and timeout: { request } options from env
// category: pricing-client
// decorators: tc39
// expect: clean
// why: got-style nested retry: { limit } and timeout: { request } options from env (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Got { json<T>(url: string, opts: { retry: { limit: number }; timeout: { request: number } }): Promise<T> }
declare const got: Got;
export class FxRates {
  @memoize({ version: 'fx-v1', ttl: '1h' })
  async rate(from: string, to: string): Promise<number> {
    const body = await got.json<{ rate: number }>(`https://fx.example.com/${from}/${to}`, {
      retry: { limit: Number(process.env.FX_RETRIES ?? 3) },
      timeout: { request: Number(process.env.FX_TIMEOUT_MS ?? 5000) },
    });
    return body.rate;
  }
}
