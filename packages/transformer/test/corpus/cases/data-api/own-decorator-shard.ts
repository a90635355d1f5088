// origin: shape of a team's own @Cached decorator factory wrapping keyproof's memoize, on a repository that can be re-pointed to another shard (your own writing, never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP* shard
// why: nothing less: through the user's own decorator factory the method is still memoised, and it reads this.shard, a mutable field changed by failover(), to pick the database the query hits
import { memoize, type Ttl } from 'keyproof';

export function Cached(version: string, ttl: Ttl = '1h') {
  return memoize({ version, ttl, cost: 0.002 });
}

interface Pool {
  query<T>(shard: string, sql: string, params: unknown[]): Promise<T[]>;
}

export class OrdersRepository {
  private shard = 'orders-primary';

  constructor(private readonly pool: Pool) {}

  failover(to: string): void {
    this.shard = to;
  }

  @Cached('orders-v3', '10m')
  async openOrders(customerId: string): Promise<{ id: string; total: number }[]> {
    return this.pool.query<{ id: string; total: number }>(
      this.shard,
      'SELECT id, total FROM orders WHERE customer_id = $1 AND status = $2',
      [customerId, 'open'],
    );
  }
}
