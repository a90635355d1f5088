import { config } from '../config.js';
import type { MethodCounters, MethodRecord } from '../records.js';
import { diagnoseKeys, estimatesOf, readStoredSketch, sketchedMisses, type KeyDiagnosis } from './diagnose-keys.js';

/**
 * The `key-never-repeats` diagnosis from what the store holds: the method's counters summed
 * over processes and its merged key sketch, compared with the misses sketched (all of them in
 * records from before sampling).
 */
export function storedDiagnosis(record: MethodRecord, totals: MethodCounters): KeyDiagnosis | undefined {
  const sketch = readStoredSketch(record.keySketch);
  if (!sketch) return undefined;
  const watch = config().keyWatch;
  const minCalls = watch === false ? 200 : watch.minCalls;
  return diagnoseKeys(
    record.id,
    {
      calls: totals.calls,
      hits: totals.hits + totals.wouldBeHits,
      sampled: Math.min(totals.misses, sketchedMisses(sketch) ?? totals.misses),
    },
    estimatesOf(sketch),
    minCalls,
  );
}
