// origin: shape of a records API wrapper that canonicalises filter objects with a helper and pages with for...of (your own writing)
// category: data-api
// decorators: tc39
// expect: clean
// why: every value the body sends comes from the `filters` parameter through a local helper, or from constants; the service is injected
import { memoize } from 'keyproof';

export interface Filters { status?: 'open' | 'closed'; owner?: string; labels?: string[] }
interface RecordsApi { list(query: string, page: number): Promise<{ ids: string[]; last: boolean }> }

const MAX_PAGES = 10;

function canonicalQuery(filters: Filters): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === undefined) continue;
    parts.push(`${key}=${Array.isArray(value) ? [...value].sort().join(',') : value}`);
  }
  return parts.join('&');
}

export class RecordIndex {
  constructor(private readonly api: RecordsApi) {}

  @memoize({ version: 'ri-v1', ttl: '10m', cost: 0.0004 })
  async ids(filters: Filters): Promise<string[]> {
    const query = canonicalQuery(filters);
    const all: string[] = [];
    for (const page of Array.from({ length: MAX_PAGES }, (_, i) => i + 1)) {
      const res = await this.api.list(query, page);
      all.push(...res.ids);
      if (res.last) break;
    }
    return all;
  }
}
