// origin: shape of a search client that folds UI filters into a request body with Array.prototype.reduce (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP91020|KP91021|KP91022 query
// why: the reduce starts from `{ requestedAt: Date.now() }`, so the `query` object handed to the memoised search carries a clock read into the key (principle 1).
import { memoize } from 'keyproof';

export interface Filter {
  field: 'brand' | 'color' | 'size' | 'price_max';
  value: string;
}

export interface SearchQuery {
  requestedAt: number;
  text: string;
  [field: string]: string | number;
}

export interface SearchPage {
  total: number;
  ids: string[];
}

const SEARCH_URL = 'https://search.vendor.example.com/v2/indexes/products/query';

export class ProductSearch {
  constructor(private readonly token: string) {}

  @memoize({ version: 'psearch-v2', ttl: '10m', cost: 0.0008 })
  async search(query: SearchQuery, page = 1): Promise<SearchPage> {
    const res = await fetch(SEARCH_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...query, page }),
    });
    if (!res.ok) throw new Error(`search: ${res.status}`);
    return (await res.json()) as SearchPage;
  }
}

export function runSearch(search: ProductSearch, text: string, filters: Filter[], page?: number) {
  const query = filters.reduce<SearchQuery>(
    (acc, f) => ({ ...acc, [f.field]: f.value }),
    { requestedAt: Date.now(), text: text.trim() },
  );
  return search.search(query, page);
}
