/**
 * `memory://`: Keyv's Map, with what a Map lacks for a cache. Expired rows are released by
 * `sweep()` (the store's housekeeping calls it, see housekeeping.ts), not only when read again;
 * and it knows how many entries it holds and their size, so the housekeeping can hold it to its
 * bound (`configure({ storeBound })`) without listing it.
 *
 * A Map subclass, so Keyv keeps iterating it (`keyv.iterator`) and tools list it as before.
 */
interface Row {
  readonly value: unknown;
  readonly expires?: number | undefined;
}

const isEntry = (key: string) => !key.startsWith('keyproof:~');

export class MemoryStore extends Map<string, unknown> {
  private entryCount = 0;
  private entryBytes = 0;

  override set(key: string, row: unknown): this {
    const old = super.get(key);
    if (old !== undefined) this.forget(key, old);
    super.set(key, row);
    if (isEntry(key)) {
      this.entryCount++;
      this.entryBytes += sizeOf(row);
    }
    return this;
  }

  override delete(key: string): boolean {
    const old = super.get(key);
    if (old === undefined) return false;
    this.forget(key, old);
    return super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.entryCount = 0;
    this.entryBytes = 0;
  }

  /** Release every row past its expiry; returns how many went. */
  sweep(now: number): number {
    let removed = 0;
    for (const [key, row] of super.entries()) {
      const expires = (row as Row | undefined)?.expires;
      if (typeof expires === 'number' && expires < now) {
        this.delete(key);
        removed++;
      }
    }
    return removed;
  }

  /** Entries held (live or not yet swept) and the characters of their stored text. */
  measure(): { entries: number; bytes: number } {
    return { entries: this.entryCount, bytes: this.entryBytes };
  }

  private forget(key: string, row: unknown): void {
    if (!isEntry(key)) return;
    this.entryCount--;
    this.entryBytes -= sizeOf(row);
  }
}

function sizeOf(row: unknown): number {
  const value = (row as Row | undefined)?.value;
  return typeof value === 'string' ? value.length : 0;
}
