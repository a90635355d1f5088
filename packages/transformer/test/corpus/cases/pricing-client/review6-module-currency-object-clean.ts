// origin: review probe: a module constant instance of the program's own Currency class (readonly code and digits, a format method), its code sent upstream
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the instance is made once from literals with readonly fields and nothing reassigns them: a constant, not state (nothing more).
import { memoize } from 'keyproof';

class Currency {
  constructor(readonly code: string, readonly digits: number) {}
  round(amount: number): number {
    const f = 10 ** this.digits;
    return Math.round(amount * f) / f;
  }
}

const EUR = new Currency('EUR', 2);

export class FxQuotes {
  @memoize({ version: 'fx-v1', ttl: '10m', cost: 0.001 })
  async toEur(from: string, amount: number): Promise<number> {
    const res = await fetch(`https://fx.internal/v1/rates?from=${from}&to=${EUR.code}`);
    const { rate } = (await res.json()) as { rate: number };
    return EUR.round(amount * rate);
  }
}
