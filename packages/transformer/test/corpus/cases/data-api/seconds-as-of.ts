// origin: shape of a ledger-balance client that passes an "as of" epoch second so balances are consistent within one page render (your own writing, never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP* asOf
// why: nothing more: asOf is the clock truncated to the second (not a day/hour/week/month bucket) and it is a keyed parameter, so the key changes every second and never repeats in practice
import { Inject, Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

interface LedgerApi {
  balances(q: { accountIds: string[]; asOf: number }): Promise<{ accountId: string; cents: number }[]>;
}

@Injectable()
export class BalanceReader {
  constructor(@Inject('LEDGER') private readonly ledger: LedgerApi) {}

  async dashboard(accountIds: string[]): Promise<number> {
    const asOf = Math.floor(Date.now() / 1000);
    const rows = await this.balances(accountIds.slice().sort(), asOf);
    return rows.reduce((sum, r) => sum + r.cents, 0);
  }

  @memoize({ version: 'bal-v1', ttl: '1m', cost: 0.001 })
  async balances(accountIds: string[], asOf: number): Promise<{ accountId: string; cents: number }[]> {
    return this.ledger.balances({ accountIds, asOf });
  }
}
