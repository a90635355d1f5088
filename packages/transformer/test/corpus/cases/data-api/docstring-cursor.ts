// origin: shape of a paginated export client whose JSDoc says the cursor does not affect caching (your own writing)
// category: data-api
// decorators: tc39
// expect: KP* cursor
// why: the doc comment claims `cursor` is ignored by the cache, but it is a plain parameter and so part of the key (docstring claim contradicted by the plan)
import { memoize } from 'keyproof';

interface ExportApi { page(table: string, cursor: string | null, size: number): Promise<{ rows: Record<string, unknown>[]; next: string | null }> }

export class TableExporter {
  constructor(private readonly api: ExportApi) {}

  /**
   * Reads one page of a table export.
   * The cursor does not affect caching; entries are looked up by table and page size.
   */
  @memoize({ version: 'exp-v1', ttl: '15m', cost: 0.002 })
  async page(table: string, size: number, cursor: string | null = null): Promise<{ rows: Record<string, unknown>[]; next: string | null }> {
    return this.api.page(table, cursor, Math.min(size, 500));
  }
}
