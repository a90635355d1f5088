// origin: shape of a multi-tenant data API whose repository helper reads the tenant from AsyncLocalStorage, called from a memoised aggregate
// category: data-api
// decorators: legacy
// expect: KP* getStore|tenant|currentTenant
// why: currentTenant() reads ambient AsyncLocalStorage context; followed through the helper, the tenant shapes the query but is not keyed (nothing less)
import { AsyncLocalStorage } from 'node:async_hooks';
import { memoize } from 'keyproof';

interface TenantContext {
  tenant: string;
  plan: string;
}

export const tenantContext = new AsyncLocalStorage<TenantContext>();

function currentTenant(): string {
  const ctx = tenantContext.getStore();
  if (!ctx) throw new Error('no tenant context');
  return ctx.tenant;
}

interface Db {
  sum(sql: string, args: unknown[]): Promise<number>;
}

export class RevenueRepository {
  constructor(private readonly db: Db) {}

  @memoize({ version: 'v1', ttl: '15m', cost: 0.005 })
  async monthlyRevenue(month: string): Promise<number> {
    return this.db.sum('select sum(amount) from payments where tenant = $1 and month = $2', [currentTenant(), month]);
  }
}
