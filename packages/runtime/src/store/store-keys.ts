/**
 * Every key shape keyproof writes into a store, in one place. All live under the Keyv
 * namespace `keyproof:` (the adapter may add its own prefix, e.g. Redis `keyproof::`):
 *
 *   {id}:{version}:{digest}          the entry: base64 of the encoded value
 *   ~meta:{id}:{version}:{digest}    EntryRecord: created at, size, expiry
 *   ~method:{id}                     MethodRecord without counters: plan, options
 *   ~lease:{id}:{version}:{digest}   a fill lease (see lease.ts)
 *   ~count:~meta:… / ~count:~method:…  counters, where the store has no native counter table
 *   ~tag:{name}:{part}…              a tag's generation: a token replaced by each invalidateTag
 *
 * Ids never start with `~`, so entries and bookkeeping never collide. Ids may contain `:`,
 * so an entry key is split from the right.
 */
export const NAMESPACE = 'keyproof';
export const META_PREFIX = '~meta:';
export const METHOD_PREFIX = '~method:';
export const LEASE_PREFIX = '~lease:';
export const COUNT_PREFIX = '~count:';
const TAG_PREFIX = '~tag:';

/** The store key of an entry: `{id}:{version}:{digest}` (the store adds its `keyproof:` namespace). */
export function entryKey(id: string, version: string, digest: string): string {
  return `${id}:${version}:${digest}`;
}

/** `{id}:{version}:{digest}` → [id, version, digest]; ids may contain ':' so split from the right. */
export function splitEntryKey(key: string): [string, string, string] {
  const last = key.lastIndexOf(':');
  const mid = key.lastIndexOf(':', last - 1);
  return [key.slice(0, mid), key.slice(mid + 1, last), key.slice(last + 1)];
}

export function metaKey(entry: string): string {
  return `${META_PREFIX}${entry}`;
}

/** The store key of a tag's generation; `id` is `tagId(tag)` (tags.ts). */
export function tagKey(id: string): string {
  return `${TAG_PREFIX}${id}`;
}

export function methodKey(id: string): string {
  return `${METHOD_PREFIX}${id}`;
}

/** What a key (without the namespace) is. */
export type KeyKind =
  | { readonly kind: 'entry'; readonly entry: string }
  | { readonly kind: 'meta'; readonly entry: string }
  | { readonly kind: 'method'; readonly id: string }
  | { readonly kind: 'count'; readonly of: string }
  | { readonly kind: 'tag'; readonly id: string }
  | { readonly kind: 'other' };

export function classifyKey(key: string): KeyKind {
  if (!key.startsWith('~')) return { kind: 'entry', entry: key };
  if (key.startsWith(META_PREFIX)) return { kind: 'meta', entry: key.slice(META_PREFIX.length) };
  if (key.startsWith(METHOD_PREFIX)) return { kind: 'method', id: key.slice(METHOD_PREFIX.length) };
  if (key.startsWith(COUNT_PREFIX)) return { kind: 'count', of: key.slice(COUNT_PREFIX.length) };
  if (key.startsWith(TAG_PREFIX)) return { kind: 'tag', id: key.slice(TAG_PREFIX.length) };
  return { kind: 'other' };
}

/**
 * The namespaced key Keyv stores for one of ours: `keyproof:{key}`. Also the one form keyproof
 * shows an entry key in (events, `keyOf`, error messages), so what users see is what the
 * store holds (an SQLite row, a PostgreSQL row; Redis adds its own `keyproof::` in front).
 */
export function namespaced(key: string): string {
  return `${NAMESPACE}:${key}`;
}

/**
 * Redis Cluster: the entry `{id}:{version}:{digest}` and what belongs to it (its record, lease
 * and hit counter) must share a slot, so one script can touch them together. Cluster keys hash
 * only the text between the first `{` and the next `}` (a hash tag), so the digest is wrapped in
 * one: `{id}:{version}:{{digest}}` (a key without `:` is wrapped whole). Every other key hashes whole. `key` is a Keyv key
 * (`keyproof:{key}`); ids are never tagged text of their own, and if an id holds a `{`, the tag
 * starts there in every form of that entry's keys alike, so they still share a slot.
 */
export function slotTagged(keyvKey: string): string {
  const ns = `${NAMESPACE}:`;
  if (!keyvKey.startsWith(ns)) return keyvKey;
  const entry = entryOf(keyvKey.slice(ns.length));
  if (!entry) return keyvKey;
  const digest = entry.slice(entry.lastIndexOf(':') + 1); // a key without ':' is tagged whole
  if (digest === '') return keyvKey;
  return `${keyvKey.slice(0, keyvKey.length - digest.length)}{${digest}}`;
}

/** `slotTagged` undone: a key as listed from a cluster (without the namespace), in keyproof's own form. */
export function slotUntagged(key: string): string {
  return key.endsWith('}') ? key.replace(/(^|:)\{([^{}]*)\}$/, '$1$2') : key;
}

/** The entry key a key belongs to: the entry itself, its record, its lease or its hit counter. */
function entryOf(key: string): string | undefined {
  if (key.startsWith(LEASE_PREFIX)) return key.slice(LEASE_PREFIX.length);
  const kind = classifyKey(key);
  if (kind.kind === 'entry' || kind.kind === 'meta') return kind.entry;
  if (kind.kind === 'count' && classifyKey(kind.of).kind === 'meta') return entryOf(kind.of);
  return undefined;
}
