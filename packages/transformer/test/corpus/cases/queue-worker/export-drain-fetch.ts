// origin: shape of a BullMQ export worker that aborts in-flight HTTP calls on drain (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the module-level drain signal only goes to fetch, so a drain makes the call reject and no partial month is ever returned or stored (principle 3, cancellation that only fails the call).
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

// Aborted on SIGTERM so in-flight requests stop and the job is retried on another pod.
const drain = new AbortController();
process.once('SIGTERM', () => drain.abort());

interface LedgerRow {
  id: string;
  accountId: string;
  amountCents: number;
  postedAt: string;
}

const LEDGER_URL = 'https://ledger.internal.example.com/v2/entries';

async function fetchPage(accountId: string, month: string, cursor: string | null): Promise<{ rows: LedgerRow[]; next: string | null }> {
  const params = new URLSearchParams({ account: accountId, month, ...(cursor ? { cursor } : {}) });
  const res = await fetch(`${LEDGER_URL}?${params}`, { signal: drain.signal });
  return (await res.json()) as { rows: LedgerRow[]; next: string | null };
}

/** All ledger rows of a closed month; closed months never change. */
export const monthRows = memoize(
  async function monthRows(accountId: string, month: string): Promise<LedgerRow[]> {
    const rows: LedgerRow[] = [];
    let cursor: string | null = null;
    do {
      const page = await fetchPage(accountId, month, cursor);
      rows.push(...page.rows);
      cursor = page.next;
    } while (cursor);
    return rows;
  },
  { version: 'ledger-month-v2', ttl: '90d', cost: 0.001 },
);

export const exportWorker = new Worker<{ accountId: string; month: string }, number>('ledger-export', async (job: Job<{ accountId: string; month: string }, number>) => {
  const rows = await monthRows(job.data.accountId, job.data.month);
  await job.log(`exported ${rows.length} rows`);
  return rows.length;
});
