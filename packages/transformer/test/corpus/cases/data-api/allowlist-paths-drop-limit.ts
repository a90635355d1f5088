// origin: shape of a dataset-export client keying a request object by property paths, while the body also reads a row limit from it
// category: data-api
// decorators: legacy
// expect: KP* limit|req
// why: @cacheKey('dataset', 'filters') keys only those paths of req, but the body sends req.limit upstream: a value the allow-list dropped (nothing less)
import { memoize, cacheKey } from 'keyproof';

export interface ExportRequest {
  dataset: string;
  filters: Record<string, string>;
  limit: number;
}

interface ExportApi {
  rows(dataset: string, filters: Record<string, string>, limit: number): Promise<string[][]>;
}

export class DatasetExporter {
  constructor(private readonly api: ExportApi) {}

  @memoize({ version: 'v1', ttl: '6h', cost: 0.02 })
  async preview(@cacheKey('dataset', 'filters') req: ExportRequest): Promise<string[][]> {
    const rows = await this.api.rows(req.dataset, req.filters, req.limit);
    return rows.map((r) => [...r]);
  }
}
