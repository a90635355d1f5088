import type Keyv from 'keyv';
import { StoreUnavailableError } from './errors.js';
import { events } from './events.js';
import { runIntercepted } from './intercept.js';
import { registeredMethod, registeredMethods } from './method-registry.js';
import { redact } from './printable.js';
import { clearStore } from './stats.js';
import { openContexts, storeContext, type StoreContext } from './store/store-context.js';
import { tagGenerationRow } from './store/tag-generation.js';
import { isTag, tagId, type Tag } from './tags.js';

/**
 * Drop the entry of one call: `await invalidate(() => profiles.get('u1', 'job-7'))`. The
 * memoised call made inside the function is not answered: its key is computed exactly as the
 * call computes it (same `this`, key plan, fields) and its entry is removed from the store and
 * this process's front cache. Upstream is not called. Resolves to true when the store had an
 * entry to drop. The next call of that key misses with reason "invalidated", in every process
 * (one holding it in its front cache re-reads the store within the front cache's `maxAgeMs`).
 */
export async function invalidate(call: () => unknown): Promise<boolean> {
  const dropped = await Promise.all(runIntercepted('invalidate', call, 'invalidate'));
  return dropped.some(Boolean);
}

/**
 * Call upstream for one call, whatever is cached, and replace its entry:
 * `const fresh = await refresh(() => profiles.get('u1', 'job-7'))`. Identical calls made in
 * this process meanwhile join this one.
 */
export async function refresh<T>(call: () => Promise<T>): Promise<T> {
  const [first] = runIntercepted('refresh', call, 'refresh');
  return (await first) as T;
}

/**
 * Every entry carrying `tag` misses next, in every process sharing the store, without scanning
 * it: the tag's generation (one row, `~tag:{name}:{parts}`) is replaced, and each read of a
 * tagged entry compares the generations it was written with, in the same round trip as the
 * entry. Written to the store of every method in this process that declares tags (the global
 * store when none does, e.g. in a script that only invalidates); `store` names one store
 * instead. Rejects when a store did not take the new generation.
 */
export async function invalidateTag(t: Tag, options: { store?: Keyv | string } = {}): Promise<void> {
  if (!isTag(t)) throw new TypeError(`invalidateTag() takes a tag: invalidateTag(tag('user', userId)).`);
  const id = tagId(t);
  const contexts = new Set<StoreContext>();
  if (options.store === undefined)
    for (const m of registeredMethods()) if (m.tagged) contexts.add(storeContext(m.storeOption));
  if (contexts.size === 0 || options.store !== undefined) contexts.add(storeContext(options.store));
  const row = tagGenerationRow(id);
  await Promise.all(
    [...contexts].map(async (ctx) => {
      if (!(await ctx.store.set(row.key, row.value))) {
        throw new StoreUnavailableError(
          `invalidateTag(${id}): the store ${redact(ctx.label)} did not take the tag's new generation, so entries carrying it are still served there. Retry when the store answers.`,
        );
      }
    }),
  );
  // this process's front caches hold entries without their tags: emptied, the next calls read the store
  for (const ctx of openContexts()) ctx.front?.clear();
  if (events.listenerCount('invalidate') > 0) events.emit('invalidate', { scope: 'tag', tag: id });
}

/**
 * Drop a memoised method's entries of one version (default: the version this process runs).
 * Resolves to how many entries were removed; their next misses read "invalidated".
 */
export async function invalidateMethod(id: string, options: { version?: string } = {}): Promise<number> {
  const method = registeredMethod(id);
  if (method === undefined && options.version === undefined) {
    throw new TypeError(
      `invalidateMethod(${JSON.stringify(id)}): no memoised method with this id has been defined in this process, so its current version is unknown. ` +
        `Check the id (the build checks it too), or name the version: invalidateMethod(${JSON.stringify(id)}, { version: '…' }).`,
    );
  }
  const version = options.version ?? method!.version;
  const ctx = storeContext(method?.storeOption);
  await ctx.accounting.flush();
  const keyv = await ctx.store.keyv();
  const removed = await clearStore(keyv, { method: id, version }, 'invalidatedAt');
  method?.countInvalidation();
  if (events.listenerCount('invalidate') > 0)
    events.emit('invalidate', { scope: 'method', id, version, dropped: removed });
  return removed;
}
