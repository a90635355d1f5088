/**
 * The in-process front cache: encoded values of recent entries, least recently used
 * evicted first, bounded by count and by bytes. Safe because an entry's value never
 * changes for a given key (the key covers id, version, plan and inputs); entries are still
 * re-read from the store after `maxAgeMs`, so a `keyproof clear` elsewhere is honoured. It holds encoded
 * bytes, not objects, so every hit decodes a fresh copy the caller may mutate freely.
 */
export class FrontCache {
  private readonly entries = new Map<string, { bytes: Buffer; expiresAt: number }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    /** How long an entry may be served from this process without asking the store again. */
    private readonly maxAgeMs = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string, now: number): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) {
      this.bytes -= entry.bytes.length;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.bytes;
  }

  set(key: string, bytes: Buffer, expiresAt: number): void {
    if (this.maxEntries <= 0 || bytes.length > this.maxBytes / 4) return;
    this.delete(key);
    // `keyproof clear` in another process reaches this one within maxAgeMs
    this.entries.set(key, { bytes, expiresAt: Math.min(expiresAt, Date.now() + this.maxAgeMs) });
    this.bytes += bytes.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes.length;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes.length;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
