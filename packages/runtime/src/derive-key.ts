import { digestKeyFields } from './encode-key.js';
import { keySecret } from './key-secret.js';
import type { KeyPlan } from './plan.js';
import { projectField } from './project-fields.js';
import { entryKey } from './store/store-keys.js';

/**
 * Version of the key derivation. Part of every digest: a deliberate change of encoding
 * bumps it, so new keys live in a new namespace instead of colliding with old entries.
 */
export const KEY_FORMAT = 1;

const PREAMBLE = `keyproof-key/${KEY_FORMAT}\0`;

/** The digest prefix per plan signature, as UTF-8 bytes (a handful of plans per process). */
const prefixes = new Map<string, Buffer>();

/**
 * SHA-256 (hex) over the key format, the plan signature and the canonical encoding of the
 * planned field values, in order; HMAC-SHA256 under `secret` when one is given
 * (`configure({ keySecret })`, see key-secret.ts).
 */
export function keyDigest(signature: string, values: readonly unknown[], names: readonly string[], secret?: Uint8Array): string {
  let prefix = prefixes.get(signature);
  if (prefix === undefined) {
    prefix = Buffer.from(`${PREAMBLE}${signature}\0`, 'utf8');
    if (prefixes.size < 10_000) prefixes.set(signature, prefix);
  }
  return digestKeyFields(prefix, values, names, secret);
}

/** The entry-key layout lives with every other key shape (store/store-keys.ts). */
export { entryKey };

/**
 * The key of one method's calls: its plan's projector picks the key fields from a call's
 * arguments (and `this`), each field is projected (`pick`/`omit`), then digested. Throws
 * KeyEncodingError, naming the field, for a value that has no stable encoding.
 */
export function callKeys(plan: KeyPlan, id: string, version: string): (self: unknown, args: readonly unknown[]) => string {
  const fields = plan.fields;
  const names = fields.map((f) => `${id}(${f.name})`);
  const project = plan.project as (this: unknown, ...a: unknown[]) => readonly unknown[];
  return (self, args) => {
    const raw = project.apply(self, args as unknown[]);
    const values = new Array<unknown>(fields.length);
    for (let i = 0; i < fields.length; i++) values[i] = projectField(fields[i]!, raw[i]);
    return entryKey(id, version, keyDigest(plan.signature, values, names, keySecret()));
  };
}
