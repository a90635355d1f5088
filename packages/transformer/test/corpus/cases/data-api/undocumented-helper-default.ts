// origin: shape of a market-data client whose as-of timestamp parameter defaults to a small nowIso() helper (the clock read one call away, no @timeBucket): every call that omits it gets a new key
// category: data-api
// decorators: legacy
// expect: KP91022 asOf
import { memoize } from 'keyproof';

export interface Snapshot { symbol: string; asOf: string; bid: number; ask: number }
interface Quotes { snapshot(symbol: string, asOf: string): Promise<{ bid: number; ask: number }> }

function nowIso(): string {
  return new Date().toISOString();
}

export class SnapshotClient {
  constructor(private readonly quotes: Quotes) {}

  @memoize({ ttl: '1m' })
  async snapshot(symbol: string, asOf: string = nowIso()): Promise<Snapshot> {
    const { bid, ask } = await this.quotes.snapshot(symbol, asOf);
    return { symbol, asOf, bid, ask };
  }
}
