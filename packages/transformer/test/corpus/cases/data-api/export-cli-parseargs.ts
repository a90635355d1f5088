// origin: shape of a data-export CLI using parseArgs from node:util for verbosity and concurrency (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: the command-line options only set log verbosity and how many pages are fetched at once; the pages requested and the result are fixed by the key parameters (principle 3: logging and concurrency).
import { parseArgs } from 'node:util';
import { memoize } from 'keyproof';

const { values: cli } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    concurrency: { type: 'string', short: 'c', default: '4' },
  },
  strict: false,
});

const VERBOSE = cli.verbose === true;
const CONCURRENCY = Math.max(1, Number(cli.concurrency) || 4);

interface CrmApi {
  contactsPage(listId: string, page: number): Promise<{ contacts: { email: string; name: string }[]; totalPages: number }>;
}

export class ContactExporter {
  constructor(private readonly crm: CrmApi) {}

  /** Exports are re-run while people tweak the spreadsheet template; the list rarely changes within a day. */
  @memoize({ version: 'contacts-export-v1', ttl: '1d' })
  async contacts(listId: string): Promise<{ email: string; name: string }[]> {
    const first = await this.crm.contactsPage(listId, 1);
    const pages: { email: string; name: string }[][] = [first.contacts];
    for (let start = 2; start <= first.totalPages; start += CONCURRENCY) {
      const batch = [];
      for (let p = start; p < start + CONCURRENCY && p <= first.totalPages; p++) batch.push(this.crm.contactsPage(listId, p));
      const results = await Promise.all(batch);
      for (const r of results) pages.push(r.contacts);
      if (VERBOSE) console.error(`list ${listId}: ${pages.length}/${first.totalPages} pages`);
    }
    return pages.flat();
  }
}
