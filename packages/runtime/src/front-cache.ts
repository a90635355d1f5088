import { decodeValue } from './codec.js';
import { copyOf, formOf, type DecodedForm } from './decoded-form.js';

/** One entry: its encoded value, the entry key it was stored under, and (once hit) a private decoded form. */
export interface FrontEntry {
  readonly key: string;
  /** The store's key of this entry (`{id}:{version}:{digest}`): counters and events use it. */
  readonly entryKey: string;
  /**
   * The encoded value as latin1 text, one character per byte. Text lives in the JavaScript heap,
   * counted and collected with it: a Buffer kept here would be a slice of Node's shared 8 KiB
   * pool (keeping all of it alive, unseen by maxBytes) or a native allocation of its own per entry.
   */
  readonly encoded: string;
  readonly expiresAt: number;
  /** Plain data decoded once and never handed out (copied per hit); null: decode the bytes per hit; undefined: not hit yet. */
  form: DecodedForm | undefined;
  newer: FrontEntry | undefined;
  older: FrontEntry | undefined;
}

/** An entry's encoded bytes, for one decode (from Node's pool: not kept). */
const bytesOf = (entry: FrontEntry): Buffer => Buffer.from(entry.encoded, 'latin1');

/**
 * The in-process front cache: encoded values of recent entries, least recently used
 * evicted first, bounded by count and by bytes. Safe because an entry's value never
 * changes for a given key (the key covers id, version, plan and inputs); entries are still
 * re-read from the store after `maxAgeMs`, so a `keyproof clear` elsewhere is honoured.
 *
 * Entries are found by a call's front key (derive-key.ts: the fields' canonical encoding, no
 * hash). Every hit hands out a fresh value the caller may mutate freely: decoded from the bytes,
 * or, for small plain data, copied from a decoded form this cache keeps to itself (decoded-form.ts).
 * Recency is a linked list (a hit moves its entry to the front without touching the map).
 */
export class FrontCache {
  private readonly entries = new Map<string, FrontEntry>();
  private newest: FrontEntry | undefined;
  private oldest: FrontEntry | undefined;
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    /** How long an entry may be served from this process without asking the store again. */
    private readonly maxAgeMs = Number.POSITIVE_INFINITY,
  ) {}

  /** The live entry under `key`, now the most recently used; undefined (and dropped) when expired. */
  get(key: string, now: number): FrontEntry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now) {
      this.remove(entry);
      return undefined;
    }
    if (entry !== this.newest) {
      this.unlink(entry);
      this.link(entry);
    }
    return entry;
  }

  /** A value the caller owns, from an entry `get` returned. Throws CorruptEntryError for bytes that do not decode. */
  value(entry: FrontEntry): unknown {
    if (entry.form !== undefined) return copyOf(entry.form, () => bytesOf(entry));
    const bytes = bytesOf(entry);
    const value = decodeValue(bytes);
    entry.form = formOf(bytes, value);
    return value;
  }

  set(key: string, entryKey: string, bytes: Buffer, expiresAt: number): void {
    if (this.maxEntries <= 0 || bytes.length > this.maxBytes / 4) return;
    this.delete(key);
    // `keyproof clear` in another process reaches this one within maxAgeMs
    const entry: FrontEntry = {
      key,
      entryKey,
      encoded: bytes.latin1Slice(0, bytes.length),
      expiresAt: Math.min(expiresAt, Date.now() + this.maxAgeMs),
      form: undefined,
      newer: undefined,
      older: undefined,
    };
    this.entries.set(key, entry);
    this.link(entry);
    this.bytes += bytes.length;
    while (this.oldest !== undefined && (this.entries.size > this.maxEntries || this.bytes > this.maxBytes))
      this.remove(this.oldest);
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.remove(entry);
  }

  clear(): void {
    this.entries.clear();
    this.newest = undefined;
    this.oldest = undefined;
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(entry: FrontEntry): void {
    this.entries.delete(entry.key);
    this.unlink(entry);
    this.bytes -= entry.encoded.length;
  }

  /** Make `entry` the newest. */
  private link(entry: FrontEntry): void {
    entry.older = this.newest;
    entry.newer = undefined;
    if (this.newest) this.newest.newer = entry;
    this.newest = entry;
    if (!this.oldest) this.oldest = entry;
  }

  private unlink(entry: FrontEntry): void {
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    entry.newer = undefined;
    entry.older = undefined;
  }
}
