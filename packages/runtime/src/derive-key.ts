import { digestKeyFields } from './encode-key.js';

/**
 * Version of the key derivation. Part of every digest: a deliberate change of encoding
 * bumps it, so new keys live in a new namespace instead of colliding with old entries.
 */
export const KEY_FORMAT = 1;

const PREAMBLE = `keyproof-key/${KEY_FORMAT}\0`;

/** The digest prefix per plan signature (a handful of plans per process). */
const prefixes = new Map<string, string>();

/**
 * SHA-256 (hex) over the key format, the plan signature and the canonical encoding of the
 * planned field values, in order.
 */
export function keyDigest(signature: string, values: readonly unknown[], names: readonly string[]): string {
  let prefix = prefixes.get(signature);
  if (prefix === undefined) {
    prefix = `${PREAMBLE}${signature}\0`;
    if (prefixes.size < 10_000) prefixes.set(signature, prefix);
  }
  return digestKeyFields(prefix, values, names);
}

/** The entry-key layout lives with every other key shape (store/store-keys.ts). */
export { entryKey } from './store/store-keys.js';
