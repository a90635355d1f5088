// origin: shape of a sync worker that memoises a full paginated export, accumulating pages with for await (your own writing, never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the async generator and the for await loop only use the key parameters, a constant page size and an injected client service
import { Worker } from 'bullmq';
import { memoize } from 'keyproof';

const PAGE_SIZE = 200;

interface CrmClient {
  listContacts(q: { segment: string; cursor?: string; limit: number }): Promise<{ items: { id: string; email: string }[]; next?: string }>;
}

async function* pages(client: CrmClient, segment: string) {
  let cursor: string | undefined;
  do {
    const page = await client.listContacts({ segment, cursor, limit: PAGE_SIZE });
    yield page.items;
    cursor = page.next;
  } while (cursor);
}

export class SegmentExportWorker {
  constructor(private readonly crm: CrmClient) {}

  start() {
    return new Worker<{ segment: string }>('segment-export', (job) => this.exportSegment(job.data.segment));
  }

  @memoize({ version: 'seg-v1', ttl: '6h', cost: 0.05 })
  async exportSegment(segment: string): Promise<string[]> {
    const emails: string[] = [];
    for await (const batch of pages(this.crm, segment)) {
      for (const c of batch) emails.push(c.email.toLowerCase());
    }
    return [...new Set(emails)].sort();
  }
}
