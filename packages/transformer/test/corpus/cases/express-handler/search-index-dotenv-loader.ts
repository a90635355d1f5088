// origin: shape of an Express search endpoint with a hand-rolled dotenv-style loader (never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: KP91046 dotenv
// why: the .env file is parsed once at start-up and its SEARCH_INDEX picks which index the hosted search queries, so results depend on data loaded from a file that no annotation decides (principle 2).
import { readFileSync, existsSync } from 'node:fs';
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

// Minimal .env reader (we dropped the dotenv dependency): KEY=value lines, # comments.
function loadDotenv(file = '.env'): Record<string, string> {
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) out[m[1]!] = m[2]!.replace(/^['"]|['"]$/g, '');
  }
  return out;
}

const dotenv = loadDotenv();

export interface SearchHit {
  objectID: string;
  title: string;
  score: number;
}

export class ProductSearch {
  /** Autocomplete hammers the same prefixes; the hosted search bills per query. */
  @memoize({ version: 'search-v2', ttl: '10m', cost: 0.0005 })
  async search(query: string, limit: number): Promise<SearchHit[]> {
    const index = dotenv.SEARCH_INDEX ?? 'products_prod';
    const res = await fetch(`https://search.example-hosted.io/1/indexes/${index}/query`, {
      method: 'POST',
      headers: { 'X-Search-Api-Key': dotenv.SEARCH_API_KEY ?? '', 'content-type': 'application/json' },
      body: JSON.stringify({ query, hitsPerPage: limit }),
    });
    const body = (await res.json()) as { hits: { objectID: string; title: string; _rankingInfo?: { userScore: number } }[] };
    return body.hits.map((h) => ({ objectID: h.objectID, title: h.title, score: h._rankingInfo?.userScore ?? 0 }));
  }
}

export function searchRouter(search: ProductSearch) {
  return Router().get('/search', async (req: Request, res: Response) => {
    res.json(await search.search(String(req.query.q ?? ''), Math.min(20, Number(req.query.limit ?? 8))));
  });
}
