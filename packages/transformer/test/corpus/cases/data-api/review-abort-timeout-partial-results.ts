// origin: review probe: an AbortController the body creates with a deadline from process.env, checked between shards; the shards done so far are returned (cancelsOnly on a controller)
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 SCAN_BUDGET_MS
// why: when the budget runs out the body returns a partial scan instead of failing, and that partial answer is cached, so the environment's budget shapes the answer (principle 2).
import { memoize } from 'keyproof';

export class ShardScanner {
  @memoize({ version: 'scan-v1', ttl: '15m', cost: 0.01 })
  async count(table: string, shards: number): Promise<number> {
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(), Number(process.env.SCAN_BUDGET_MS ?? 2000));
    let total = 0;
    for (let shard = 0; shard < shards; shard++) {
      if (budget.signal.aborted) break;
      const res = await fetch(`https://warehouse.internal/${table}/shards/${shard}/count`);
      total += ((await res.json()) as { count: number }).count;
    }
    clearTimeout(timer);
    return total;
  }
}
