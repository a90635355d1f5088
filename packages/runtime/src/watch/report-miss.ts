import { events } from '../events.js';
import type { MethodInfo } from '../records.js';
import type { StoreContext } from '../store/store-context.js';
import { namespaced } from '../store/store-keys.js';
import type { KeyWatch } from './key-watch.js';
import type { MissReason } from '../events.js';
import { MISS_COUNTER, missReason } from './miss-reason.js';

/**
 * A miss: counted, its key fields sketched (key-watch.ts), then its reason read from the store
 * (while upstream runs: the caller awaits `reason` after starting the upstream call), counted
 * and reported in the `miss` event; `reason` never rejects. `fields` are the miss's field
 * digests when it was sketched: the entry record the call writes carries them.
 */
export function reportMiss(
  ctx: StoreContext,
  info: MethodInfo,
  watch: KeyWatch,
  key: string,
  undecodable: boolean,
  self: unknown,
  args: readonly unknown[],
  /** Known from the read itself: an entry stored but invalidated by a tag, or past its expiry. */
  known?: MissReason,
): { readonly fields: Record<string, string> | undefined; readonly reason: Promise<void> } {
  ctx.accounting.add(info, 'misses');
  const fields = watch.missed(ctx, self, args);
  return { fields, reason: readReason(ctx, info, watch, key, undecodable, fields, known) };
}

async function readReason(
  ctx: StoreContext,
  info: MethodInfo,
  watch: KeyWatch,
  key: string,
  undecodable: boolean,
  fields: Record<string, string> | undefined,
  known: MissReason | undefined,
): Promise<void> {
  const reason =
    known ??
    (await missReason(ctx.store, key, undecodable, { signature: info.plan.signature, ttlMs: info.ttlMs }).catch(
      () => 'new' as const,
    ));
  ctx.accounting.add(info, MISS_COUNTER[reason]);
  if (fields)
    watch.recordMiss(ctx, {
      at: Date.now(),
      reason,
      version: info.version,
      digest: key.slice(key.lastIndexOf(':') + 1),
      fields,
    });
  if (events.listenerCount('miss') > 0)
    events.emit('miss', { id: info.id, version: info.version, key: namespaced(key), reason });
}
