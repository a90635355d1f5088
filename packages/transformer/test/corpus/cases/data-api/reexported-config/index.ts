// origin: shape of a dataset client importing a mutable config object through a barrel re-export (your own writing)
// category: data-api
// decorators: tc39
// expect: KP* apiConfig|pageSize
// why: `apiConfig` is an imported, mutable config object (re-exported from ./config); its page size and drafts flag shape the upstream query but are not keyed (nothing less)
import { memoize } from 'keyproof';
import { apiConfig } from './config';

interface Fetcher { json<T>(url: string): Promise<T> }
export interface Dataset { id: string; title: string; rows: number }

export function datasetClient(fetcher: Fetcher) {
  return {
    search: memoize(
      async function searchDatasets(term: string, page: number): Promise<Dataset[]> {
        const qs = new URLSearchParams({
          q: term,
          page: String(page),
          per_page: String(apiConfig.pageSize),
          drafts: String(apiConfig.includeDrafts),
        });
        return fetcher.json<Dataset[]>(`https://data.example.org/v1/datasets?${qs}`);
      },
      { ttl: '1h', cost: 0.0002 },
    ),
  };
}
