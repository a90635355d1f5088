// origin: shape of a CI analytics connector that derives stable record ids with uuid v5 (name-based, deterministic) from the run URL, used as the lookup key
// category: ci-connector
// decorators: tc39
// expect: clean
import { v5 as uuidv5 } from 'uuid';
import { memoize } from 'keyproof';

const RUNS_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export interface RunRecord { id: string; url: string; durationMs: number; result: string }
interface Warehouse { runById(id: string): Promise<RunRecord | null> }

export class RunLookup {
  constructor(private readonly warehouse: Warehouse) {}

  @memoize({ ttl: '1d' })
  async byRecordId(recordId: string): Promise<RunRecord | null> {
    return this.warehouse.runById(recordId);
  }

  async byUrl(runUrl: string): Promise<RunRecord | null> {
    const recordId = uuidv5(runUrl, RUNS_NAMESPACE);
    return this.byRecordId(recordId);
  }
}
