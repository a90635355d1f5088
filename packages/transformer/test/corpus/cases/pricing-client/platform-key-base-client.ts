// origin: shape of a platform usage-billing client built on a shared REST base class (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the base class's API key is the platform's one credential and only authenticates (principle 3); the account whose invoices come back is the `accountId` parameter, in the key.
import { memoize } from 'keyproof';

abstract class BillingRestClient {
  protected readonly baseUrl = 'https://api.meterbill.example.com/v2';

  // Our partner key: one per deployment, it may read every sub-account.
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

export class PartnerInvoiceClient extends BillingRestClient {
  /** Invoices of one billing period (YYYY-MM) for a sub-account. */
  @memoize({ version: 'partner-invoices-v1', ttl: '1h', cost: 0.001 })
  async invoicesFor(accountId: string, period: string): Promise<InvoiceSummary[]> {
    const page = await this.get<{ invoices: InvoiceSummary[] }>(`/accounts/${encodeURIComponent(accountId)}/invoices`, { period });
    return page.invoices.filter((invoice) => invoice.status !== 'draft');
  }
}

export const partnerInvoices = new PartnerInvoiceClient(process.env.METERBILL_PARTNER_KEY ?? '');
