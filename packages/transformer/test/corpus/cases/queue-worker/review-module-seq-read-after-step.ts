// origin: review probe: a module counter stepped then read in a helper (`seq += 1; return \`job-${seq}\``), the id returned by the memoised body (counter read after step, positive)
// category: queue-worker
// decorators: tc39
// expect: KP91045|KP91046 seq
// why: every call should make a new batch id, but a cached answer keeps the id of the call that filled it: state reaches the answer.
import { memoize } from 'keyproof';

let seq = 0;
function nextBatchId(): string {
  seq += 1;
  return `batch-${seq}`;
}

export class Batches {
  @memoize({ version: 'batch-plan-v1', ttl: '10m', cost: 0.0001 })
  async plan(items: string[], size: number): Promise<{ batchId: string; groups: string[][] }> {
    const groups: string[][] = [];
    for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
    return { batchId: nextBatchId(), groups };
  }
}
