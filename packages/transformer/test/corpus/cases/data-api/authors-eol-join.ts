// origin: authors (a miss the review of round 10 listed): a CSV export joined with os.EOL, returned
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 EOL
// why: principle 4: os.EOL is the machine's line ending (\r\n on Windows, \n elsewhere), so the cached CSV differs between machines sharing the store.
import { EOL } from 'node:os';
import { memoize } from 'keyproof';

interface Row { sku: string; qty: number }
interface Warehouse { rows(site: string): Promise<Row[]> }
declare const warehouse: Warehouse;

export class Exports {
  @memoize()
  async csv(site: string): Promise<string> {
    const rows = await warehouse.rows(site);
    return ['sku,qty', ...rows.map((r) => `${r.sku},${r.qty}`)].join(EOL);
  }
}
