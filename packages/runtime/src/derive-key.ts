import { createHash } from 'node:crypto';
import { encodeKeyFields } from './encode-key.js';

/**
 * Version of the key derivation. Part of every digest: a deliberate change of encoding
 * bumps it, so new keys live in a new namespace instead of colliding with old entries.
 */
export const KEY_FORMAT = 1;

const PREAMBLE = Buffer.from(`keyproof-key/${KEY_FORMAT}\0`, 'utf8');

/**
 * SHA-256 (hex) over the key format, the plan signature and the canonical encoding of the
 * planned field values, in order.
 */
export function keyDigest(signature: string, values: readonly unknown[], names: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(PREAMBLE);
  hash.update(signature);
  hash.update('\0');
  encodeKeyFields(values, names, hash);
  return hash.digest('hex');
}

/** The store key of an entry: `{id}:{version}:{digest}` (the store adds its `keyproof:` namespace). */
export function entryKey(id: string, version: string, digest: string): string {
  return `${id}:${version}:${digest}`;
}
