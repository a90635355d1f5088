// origin: review probe: a module shutdown AbortController whose signal is only handed to fetch (cancellation fails the call, never shortens it)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: an aborted fetch throws and nothing is cached; a completed one is the whole answer (principle 3).
import { memoize } from 'keyproof';

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

export const invoicePdfUrl = memoize(
  async function invoicePdfUrl(invoiceId: string): Promise<string> {
    const res = await fetch(`https://billing.internal/v1/invoices/${invoiceId}/pdf`, { signal: shutdown.signal });
    if (!res.ok) throw new Error(`pdf ${invoiceId}: ${res.status}`);
    return ((await res.json()) as { url: string }).url;
  },
  { version: 'pdf-v1', ttl: '1h' },
);
