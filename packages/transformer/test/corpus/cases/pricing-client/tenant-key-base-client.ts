// origin: shape of a per-tenant usage-billing client built on a shared REST base class (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: KP91040 apiKey
// why: the billing vendor identifies the account by the tenant's API key, so the key held by the base class decides whose invoices come back; it is data that picks the answer, read through an inherited helper with no decision (principle 2).
import { memoize } from 'keyproof';

abstract class BillingRestClient {
  protected readonly baseUrl = 'https://api.meterbill.example.com/v2';

  // Each tenant connects their own MeterBill account; the key scopes every call to it.
  constructor(protected readonly apiKey: string) {}

  protected async get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
    const qs = new URLSearchParams(query).toString();
    const res = await fetch(`${this.baseUrl}${path}${qs ? `?${qs}` : ''}`, {
      headers: { authorization: `Basic ${Buffer.from(`${this.apiKey}:`).toString('base64')}` },
    });
    if (!res.ok) throw new Error(`meterbill ${path}: ${res.status}`);
    return (await res.json()) as T;
  }
}

export interface InvoiceSummary {
  id: string;
  period: string;
  totalCents: number;
  status: 'draft' | 'open' | 'paid';
}

export class TenantInvoiceClient extends BillingRestClient {
  /** Invoices of one billing period (YYYY-MM) for the connected account. */
  @memoize({ version: 'tenant-invoices-v1', ttl: '1h', cost: 0.001 })
  async invoicesFor(period: string): Promise<InvoiceSummary[]> {
    const page = await this.get<{ invoices: InvoiceSummary[] }>('/invoices', { period });
    return page.invoices.filter((invoice) => invoice.status !== 'draft');
  }
}

export function invoiceClientFor(tenant: { meterbillApiKey: string }): TenantInvoiceClient {
  return new TenantInvoiceClient(tenant.meterbillApiKey);
}
