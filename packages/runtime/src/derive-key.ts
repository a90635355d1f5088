import { digestKeyFields, keyText, keyTextDigest } from './encode-key.js';
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

function prefixOf(signature: string): Buffer {
  let prefix = prefixes.get(signature);
  if (prefix === undefined) {
    prefix = Buffer.from(`${PREAMBLE}${signature}\0`, 'utf8');
    if (prefixes.size < 10_000) prefixes.set(signature, prefix);
  }
  return prefix;
}

/**
 * SHA-256 (hex) over the key format, the plan signature and the canonical encoding of the
 * planned field values, in order; HMAC-SHA256 under `secret` when one is given
 * (`configure({ keySecret })`, see key-secret.ts).
 */
export function keyDigest(
  signature: string,
  values: readonly unknown[],
  names: readonly string[],
  secret?: Uint8Array,
): string {
  return digestKeyFields(prefixOf(signature), values, names, secret);
}

/** Front-key tags handed out: each method (and key secret) gets a new one. */
let tags = 0;

/**
 * The keys of one method's calls: its plan's projector picks the key fields from a call's
 * arguments (and `this`), each field is projected (`pick`/`omit`) and encoded. A call has two
 * keys: its front key, a tag naming the method (and key secret) and the fields' canonical
 * encoding as text, which finds it in the front cache without hashing anything; and its entry
 * key `{id}:{version}:{digest}`, which the store, in-flight calls, counters and events use,
 * derived from the front key only when the call gets past the front cache (and directly,
 * without a front key, for a store with no front cache). Both throw
 * KeyEncodingError, naming the field, for a value that has no stable encoding.
 */
export class CallKeys {
  private readonly names: string[];
  private readonly prefix: Buffer;
  private readonly project: (this: unknown, ...a: unknown[]) => readonly unknown[];
  /** The key secret the tag was made for: a new secret is a new namespace, in the front cache too. */
  private secret: Buffer | undefined | null = null;
  /** Names this method (and secret) in front keys: unique in the process, a few characters. */
  private tag = '';

  constructor(
    private readonly plan: KeyPlan,
    private readonly id: string,
    private readonly version: string,
  ) {
    this.names = plan.fields.map((f) => `${id}(${f.name})`);
    this.prefix = prefixOf(plan.signature);
    this.project = plan.project as (this: unknown, ...a: unknown[]) => readonly unknown[];
  }

  /** The planned fields of a call, projected. */
  private values(self: unknown, args: readonly unknown[]): unknown[] {
    const fields = this.plan.fields;
    const raw = this.project.apply(self, args as unknown[]);
    const values = new Array<unknown>(fields.length);
    for (let i = 0; i < fields.length; i++) values[i] = projectField(fields[i]!, raw[i]);
    return values;
  }

  /** The planned fields of a call by name, projected: what the key uses (the `tags` option reads them). */
  fields(self: unknown, args: readonly unknown[]): Record<string, unknown> {
    const values = this.values(self, args);
    const out: Record<string, unknown> = {};
    for (const [i, f] of this.plan.fields.entries()) out[f.name] = values[i];
    return out;
  }

  /** The front key of a call (see the class). */
  frontKey(self: unknown, args: readonly unknown[]): string {
    const values = this.values(self, args);
    const secret = keySecret();
    if (secret !== this.secret) {
      this.secret = secret;
      this.tag = `${(++tags).toString(36)}:`;
    }
    return keyText(this.tag, this.prefix, values, this.names, secret);
  }

  /** The entry key of a call, from its front key. */
  entryKey(frontKey: string): string {
    const digest = keyTextDigest(this.prefix, frontKey, this.tag.length, this.secret ?? undefined);
    return entryKey(this.id, this.version, digest);
  }

  /** The entry key of a call, without its front key (a store with no front cache). */
  keyOf(self: unknown, args: readonly unknown[]): string {
    return entryKey(
      this.id,
      this.version,
      digestKeyFields(this.prefix, this.values(self, args), this.names, keySecret()),
    );
  }
}
