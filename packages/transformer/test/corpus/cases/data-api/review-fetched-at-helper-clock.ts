// origin: review probe: a helper stamping the answer with the current time (positive: 91043 warning one call away)
// category: data-api
// decorators: tc39
// expect: clean
// why: (KP91043 warning expected, not an error) every hit returns the time of the call that filled the cache, a clock read reaching the answer through a helper.
import { memoize } from 'keyproof';

function stamp(): string {
  return new Date().toISOString();
}

export class FxApi {
  @memoize({ version: 'fx-v1', ttl: '1h', cost: 0.0002 })
  async rates(base: string): Promise<{ base: string; rates: Record<string, number>; fetchedAt: string }> {
    const res = await fetch(`https://fx.example/latest?base=${base}`);
    const body = (await res.json()) as { rates: Record<string, number> };
    return { base, rates: body.rates, fetchedAt: stamp() };
  }
}
