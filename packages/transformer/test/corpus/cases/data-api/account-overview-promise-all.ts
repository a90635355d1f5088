// origin: shape of a dashboard data service that fans out with Promise.all and times the call in .finally (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: the three parallel requests are built from the key parameters only; performance.now() and the request id reach only the timing log in .finally, and the request id is excluded with @notKey (principles 1 and 3).
import { memoize, notKey } from 'keyproof';

export interface AccountOverview {
  accountId: string;
  plan: string;
  seats: number;
  openInvoices: number;
  lastLoginAt: string | null;
}

interface BillingApi {
  get<T>(path: string, query?: Record<string, string>): Promise<T>;
}

interface Metrics {
  timing(name: string, ms: number, tags: Record<string, string>): void;
}

export class AccountOverviewService {
  constructor(private readonly api: BillingApi, private readonly metrics: Metrics) {}

  @memoize({ version: 'overview-v2', ttl: '5m', cost: 0.003 })
  async overview(accountId: string, currency: string, @notKey('metrics tag only') requestId: string): Promise<AccountOverview> {
    const started = performance.now();
    const [subscription, invoices, activity] = await Promise.all([
      this.api.get<{ plan: string; seats: number }>(`/accounts/${accountId}/subscription`),
      this.api.get<{ open: number }>(`/accounts/${accountId}/invoices/summary`, { currency }),
      this.api.get<{ last_login_at: string | null }>(`/accounts/${accountId}/activity`),
    ]).finally(() => {
      this.metrics.timing('overview.fetch', performance.now() - started, { requestId });
    });
    return {
      accountId,
      plan: subscription.plan,
      seats: subscription.seats,
      openInvoices: invoices.open,
      lastLoginAt: activity.last_login_at,
    };
  }
}
