import { copyOf, formOf, type DecodedForm } from '../decoded-form.js';
import { keySecret } from '../key-secret.js';
import type { EntryHeader } from './entry-envelope.js';

/** A read entry: its value bytes, a fresh value the caller owns, its header. */
export interface ReadEntry {
  readonly bytes: Buffer;
  readonly value: unknown;
  readonly header: EntryHeader | undefined;
}

interface Known {
  /** The stored text it was read from (compared whole: the memo is found by key, never trusted by it). */
  readonly text: string;
  /** The key secret its seal was verified under (a new secret verifies again). */
  readonly secret: Buffer | undefined;
  readonly bytes: Buffer;
  readonly header: EntryHeader | undefined;
  readonly form: DecodedForm;
}

/** How many entries are remembered, and the longest stored text that is (about 1 KiB of value). */
const MAX_ENTRIES = 512;
const MAX_TEXT = 1500;

/**
 * Entries this process read from the store recently, by entry key, with what reading them found:
 * the same stored text read again under the same key and key secret (a hot entry on the store
 * path, with no front cache) is not decoded from base64 and checked again, and small plain data
 * is copied from a private form instead of deserialised (decoded-form.ts). Found by the key and
 * used only when the text is the same, character for character: a rewritten entry is read anew.
 * Oldest first out; a few hundred small entries at most.
 */
export class RecentEntries {
  private readonly known = new Map<string, Known>();

  /** What reading `text` under `key` found before, as a fresh read; undefined when it was not read (or read otherwise). */
  recall(key: string, text: string): ReadEntry | undefined {
    const k = this.known.get(key);
    if (k === undefined || k.text !== text || k.secret !== keySecret()) return undefined;
    return { bytes: k.bytes, value: copyOf(k.form, () => k.bytes), header: k.header };
  }

  /** Remember a read of `text` under `key` (its value was just decoded from `read.bytes` and is handed out). */
  remember(key: string, text: string, read: ReadEntry): void {
    if (text.length > MAX_TEXT) return;
    if (this.known.size >= MAX_ENTRIES && !this.known.has(key)) {
      const oldest = this.known.keys().next().value;
      if (oldest !== undefined) this.known.delete(oldest);
    }
    // its own memory: a small decode is a slice of Node's shared 8 KiB pool, which it would keep alive
    const bytes = Buffer.allocUnsafeSlow(read.bytes.length);
    read.bytes.copy(bytes);
    this.known.set(key, {
      text,
      secret: keySecret(),
      bytes,
      header: read.header,
      form: formOf(bytes, read.value),
    });
  }

  clear(): void {
    this.known.clear();
  }
}
