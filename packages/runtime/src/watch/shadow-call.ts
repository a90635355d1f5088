import { reportCorrupt } from '../call-reports.js';
import { events } from '../events.js';
import type { MethodInfo } from '../records.js';
import { readStoredEntry, type CheckedRead, type Generations } from '../store/read-entry.js';
import { namespaced } from '../store/store-keys.js';
import type { StoreContext } from '../store/store-context.js';
import type { KeyWatch } from './key-watch.js';
import { reportMiss } from './report-miss.js';

/**
 * A call in shadow mode (`mode: 'shadow'`): the front cache (`inFront`: the caller looked) and the store are read as for a
 * real call, and a usable entry counts as a would-be hit (`wouldBeHits`, `wouldBeSaved`); but
 * upstream is always called and its result returned, never the cached one. A would-be miss is
 * a miss (reason, key sketch, `miss` event) and its result is stored, so a later call can find
 * it. No in-flight joining, no fill lease: every call reaches upstream, as it would without keyproof.
 */
export async function shadowCall(
  ctx: StoreContext,
  info: MethodInfo,
  watch: KeyWatch,
  key: string,
  call: { readonly self: unknown; readonly args: readonly unknown[]; readonly inFront: boolean },
  fill: (
    store: boolean,
    generations?: Generations,
    fields?: Record<string, string>,
  ) => Promise<{ readonly value: unknown }>,
  /** A checked read (tags, staleIfError: read-entry.ts `readCheckedEntry`) instead of the plain one. */
  checked?: () => Promise<CheckedRead>,
): Promise<unknown> {
  const inFront = call.inFront;
  const read = inFront || !checked ? undefined : await checked();
  const stored = inFront ? undefined : read ? read.found : await readStoredEntry(ctx.store, key);
  if (stored instanceof Error) reportCorrupt(info.id, key, stored);
  if (inFront || (stored !== undefined && !(stored instanceof Error))) {
    ctx.accounting.add(info, 'wouldBeHits');
    ctx.accounting.add(info, 'wouldBeSaved', info.cost);
    if (events.listenerCount('would-be-hit') > 0)
      events.emit('would-be-hit', { id: info.id, version: info.version, key: namespaced(key), cost: info.cost });
    return (await fill(false)).value;
  }
  const missed = reportMiss(ctx, info, watch, key, stored instanceof Error, call.self, call.args, read?.passed?.reason);
  try {
    return (await fill(true, read?.generations, missed.fields)).value;
  } finally {
    await missed.reason;
  }
}
