import { randomBytes } from 'node:crypto';
import { tagKey } from './store-keys.js';

/**
 * A tag's new generation: unique, so two invalidations never write the same one and no
 * atomic counter is needed (any write of a new value makes every entry written under the old
 * one stale). The row has no expiry: an entry written before the invalidation must never meet
 * a store that forgot it (one small row per tag ever invalidated).
 */
function newGeneration(now = Date.now()): string {
  return `${now.toString(36)}.${randomBytes(9).toString('base64url')}`;
}

/** The tag row to write (without the namespace), for `invalidateTag` and `keyproof clear --tag`. */
export function tagGenerationRow(id: string): { key: string; value: string } {
  return { key: tagKey(id), value: newGeneration() };
}
