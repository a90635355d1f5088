/**
 * `memory://`: Keyv's Map, with what a Map lacks for a cache.
 *
 * - Expired rows are released by `sweep()` (the store's housekeeping calls it, see
 *   housekeeping.ts), not only when read again.
 * - It knows how many entries it holds and their size, so the housekeeping holds it to its
 *   bound (`configure({ storeBound })`) without listing it.
 * - An entry and its entry record (`~meta:{key}`) share one slot under the entry's key: one
 *   key string and one Map slot per entry instead of two, which roughly halves the heap a small
 *   entry costs. Keyv and tools still see two rows (get, set, delete, iteration).
 *
 * A Map subclass, so Keyv keeps iterating it (`keyv.iterator`) and tools list it as before.
 */
interface Row {
  readonly value: unknown;
  readonly expires?: number | undefined;
}

/** A row past its expiry (see `liveRow`). */
export const EXPIRED: unique symbol = Symbol('expired');

const EMPTY: unique symbol = Symbol('empty');
const META = 'keyproof:~meta:';

/** An entry's value and its record, each with its own expiry (the record outlives the entry). */
class Slot {
  value: unknown = EMPTY;
  expires: number | undefined = undefined;
  meta: unknown = EMPTY;
  metaExpires: number | undefined = undefined;
}

/**
 * An entry record as keyproof writes it on a miss, kept compactly: the id and version come
 * back from the key, the counts start at zero, and the field digests are one flat string (the
 * digests are 16-character slices of longer hashes, which would otherwise keep those alive).
 * Anything else (a tombstone, an older shape) is kept as it is.
 */
class PackedRecord {
  constructor(
    readonly createdAt: number,
    readonly size: number,
    readonly expiresAt: number | null,
    readonly fields: string | undefined,
  ) {}

  static from(record: unknown): PackedRecord | undefined {
    if (typeof record !== 'object' || record === null) return undefined;
    const r = record as Record<string, unknown>;
    const keys = Object.keys(r);
    const plain = keys.every((k) => RECORD_KEYS.has(k)) && r.hits === 0 && r.lastHitAt === null;
    if (
      !plain ||
      typeof r.createdAt !== 'number' ||
      typeof r.size !== 'number' ||
      !(r.expiresAt === null || typeof r.expiresAt === 'number')
    )
      return undefined;
    let fields: string | undefined;
    if (r.fields !== undefined) {
      if (typeof r.fields !== 'object' || r.fields === null) return undefined;
      const pairs = Object.entries(r.fields as Record<string, unknown>);
      if (pairs.some(([k, v]) => typeof v !== 'string' || k.includes('\u0000') || (v as string).includes('\u0000')))
        return undefined;
      fields = flat(pairs.map(([k, v]) => `${k}\u0000${v as string}`).join('\u0000'));
    }
    return new PackedRecord(r.createdAt, r.size, r.expiresAt, fields);
  }

  unpack(entryKey: string): Record<string, unknown> {
    const last = entryKey.lastIndexOf(':');
    const mid = entryKey.lastIndexOf(':', last - 1);
    const id = entryKey.slice('keyproof:'.length, mid);
    const version = entryKey.slice(mid + 1, last);
    const out: Record<string, unknown> = {
      id,
      version,
      createdAt: this.createdAt,
      size: this.size,
      hits: 0,
      lastHitAt: null,
      expiresAt: this.expiresAt,
    };
    if (this.fields !== undefined) {
      const parts = this.fields === '' ? [] : this.fields.split('\u0000');
      const fields: Record<string, string> = {};
      for (let i = 0; i + 1 < parts.length; i += 2) fields[parts[i]!] = parts[i + 1]!;
      out.fields = fields;
    }
    return out;
  }
}
const RECORD_KEYS = new Set(['id', 'version', 'createdAt', 'size', 'hits', 'lastHitAt', 'expiresAt', 'fields']);

const isBookkeeping = (key: string) => key.startsWith('keyproof:~');
/** `keyproof:~meta:{entry}` → `keyproof:{entry}`; undefined for any other key. */
const entryOfMeta = (key: string) => (key.startsWith(META) ? `keyproof:${key.slice(META.length)}` : undefined);
const isSlot = (v: unknown): v is Slot => v instanceof Slot;

export class MemoryStore extends Map<string, unknown> {
  private entryCount = 0;
  private entryBytes = 0;

  override get(key: string): unknown {
    const entry = entryOfMeta(key);
    if (entry !== undefined) {
      const slot = super.get(entry);
      return isSlot(slot) && slot.meta !== EMPTY
        ? { value: record(slot.meta, entry), expires: slot.metaExpires }
        : undefined;
    }
    const found = super.get(key);
    if (!isSlot(found)) return found;
    return found.value === EMPTY ? undefined : { value: found.value, expires: found.expires };
  }

  /**
   * The row under `key` as Keyv's `getRaw` returns it when it is live at `now` (undefined when
   * there is none), or EXPIRED for a row past its expiry (Keyv's own read deletes it).
   */
  liveRow(key: string, now: number): Row | undefined | typeof EXPIRED {
    const row = this.get(key) as Row | undefined;
    if (row === undefined) return undefined;
    return row.expires !== undefined && row.expires !== null && row.expires < now ? EXPIRED : row;
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override set(key: string, row: unknown): this {
    const entry = entryOfMeta(key);
    if (entry !== undefined) {
      const slot = this.slot(entry);
      const value = (row as Row).value;
      const r = value as Record<string, unknown> | null;
      // packed only when its id and version are the key's (they come back from it)
      const packed =
        typeof r === 'object' &&
        r !== null &&
        `keyproof:${String(r.id)}:${String(r.version)}:` === entry.slice(0, entry.lastIndexOf(':') + 1)
          ? PackedRecord.from(value)
          : undefined;
      slot.meta = packed ?? value;
      slot.metaExpires = (row as Row).expires;
      return this;
    }
    if (isBookkeeping(key)) {
      super.set(key, row);
      return this;
    }
    const slot = this.slot(key);
    if (slot.value !== EMPTY) this.forget(slot);
    slot.value = (row as Row).value;
    slot.expires = (row as Row).expires;
    this.entryCount++;
    this.entryBytes += sizeOf(slot.value);
    return this;
  }

  override delete(key: string): boolean {
    const entry = entryOfMeta(key);
    const slot = super.get(entry ?? key);
    if (!isSlot(slot)) return super.delete(key);
    if (entry !== undefined) {
      if (slot.meta === EMPTY) return false;
      slot.meta = EMPTY;
      slot.metaExpires = undefined;
    } else {
      if (slot.value === EMPTY) return false;
      this.forget(slot);
      slot.value = EMPTY;
      slot.expires = undefined;
    }
    if (slot.value === EMPTY && slot.meta === EMPTY) super.delete(entry ?? key);
    return true;
  }

  override clear(): void {
    super.clear();
    this.entryCount = 0;
    this.entryBytes = 0;
  }

  /** Every row as Keyv wrote it: an entry and its record are two rows. */
  override *entries(): MapIterator<[string, unknown]> {
    for (const [key, stored] of super.entries()) {
      if (!isSlot(stored)) {
        yield [key, stored];
        continue;
      }
      if (stored.value !== EMPTY) yield [key, { value: stored.value, expires: stored.expires }];
      if (stored.meta !== EMPTY)
        yield [
          `${META}${key.slice('keyproof:'.length)}`,
          { value: record(stored.meta, key), expires: stored.metaExpires },
        ];
    }
  }

  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }

  override *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<unknown> {
    for (const [, row] of this.entries()) yield row;
  }

  /** Release every row past its expiry; returns how many went. */
  sweep(now: number): number {
    let removed = 0;
    for (const [key, stored] of super.entries()) {
      if (!isSlot(stored)) {
        const expires = (stored as Row | undefined)?.expires;
        if (typeof expires === 'number' && expires < now) {
          super.delete(key);
          removed++;
        }
        continue;
      }
      if (stored.value !== EMPTY && typeof stored.expires === 'number' && stored.expires < now) {
        this.forget(stored);
        stored.value = EMPTY;
        stored.expires = undefined;
        removed++;
      }
      if (stored.meta !== EMPTY && typeof stored.metaExpires === 'number' && stored.metaExpires < now) {
        stored.meta = EMPTY;
        stored.metaExpires = undefined;
        removed++;
      }
      if (stored.value === EMPTY && stored.meta === EMPTY) super.delete(key);
    }
    return removed;
  }

  /** Entries held (live or not yet swept) and the characters of their stored text. */
  measure(): { entries: number; bytes: number } {
    return { entries: this.entryCount, bytes: this.entryBytes };
  }

  private slot(key: string): Slot {
    const found = super.get(key);
    if (isSlot(found)) return found;
    const slot = new Slot();
    super.set(flat(key), slot);
    return slot;
  }

  private forget(slot: Slot): void {
    this.entryCount--;
    this.entryBytes -= sizeOf(slot.value);
  }
}

/**
 * One sequential copy of a string: Keyv's keys are concatenations, and digests are slices of
 * longer hashes, which V8 keeps as trees or views holding their parts alive.
 */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function record(meta: unknown, entryKey: string): unknown {
  return meta instanceof PackedRecord ? meta.unpack(entryKey) : meta;
}

function sizeOf(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}
