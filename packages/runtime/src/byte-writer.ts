/** Something that consumes encoded bytes: a hash, or a collector for sub-encodings. */
export interface ByteSink {
  update(chunk: Uint8Array): unknown;
}

/**
 * Byte chunks at least this large are streamed to the sink directly instead of copied; smaller
 * ones are copied so that a typical key is hashed in one call.
 */
const DIRECT_BYTES = 8192;
/** Strings whose UTF-8 form may exceed this are converted first, then written like bytes. */
const DIRECT_STRING = 16384;

/** `buf.utf8Write(s, offset)`: Buffer's own UTF-8 writer, without `write()`'s encoding dispatch. */
declare module 'node:buffer' {
  interface Buffer {
    utf8Write(s: string, offset: number): number;
    latin1Slice(start: number, end: number): string;
    latin1Write(s: string, offset: number, length: number): number;
  }
}

const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * The byte writer under the key format: big-endian integers and doubles, length-prefixed UTF-8
 * and raw bytes, collected in a reusable scratch buffer in front of a sink (a hash). It decides
 * nothing about what a key looks like (key-format.ts does), only how bytes get to the sink
 * quickly: small writes are copied into the buffer, large byte runs are streamed without a copy.
 * Sinks must not keep the chunks they are given: the buffer is reused.
 */
export class ByteWriter {
  protected buf: Buffer;
  protected pos = 0;
  /** True once anything was handed to the sink (so the buffer alone is not the whole encoding). */
  flushed = false;

  constructor(
    protected sink: ByteSink,
    buf?: Buffer,
  ) {
    this.buf = buf ?? Buffer.allocUnsafe(512);
  }

  protected resetSink(sink: ByteSink): void {
    this.sink = sink;
    this.pos = 0;
    this.flushed = false;
  }

  flush(): void {
    if (this.pos > 0) {
      this.sink.update(this.buf.subarray(0, this.pos));
      this.flushed = true;
      this.pos = 0;
    }
  }

  get capacity(): number {
    return this.buf.length;
  }

  /** The number of bytes written since the last flush. */
  get written(): number {
    return this.pos;
  }

  /** The bytes written since the last flush as latin1 text: one character per byte (a Map key). */
  pendingText(): string {
    return this.buf.latin1Slice(0, this.pos);
  }

  /** The bytes written since the last flush (valid until the next write). */
  pending(): Buffer {
    // keys of one method have a handful of lengths: views of the scratch buffer are reused
    let view = this.views.get(this.pos);
    if (view === undefined || view.buffer !== this.buf.buffer) {
      view = this.buf.subarray(0, this.pos);
      if (this.views.size < 256) this.views.set(this.pos, view);
    }
    return view;
  }
  private readonly views = new Map<number, Buffer>();

  protected reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
  }

  byte(b: number): void {
    if (this.pos >= this.buf.length) this.reserve(1);
    this.buf[this.pos++] = b;
  }

  u32(n: number): void {
    this.reserve(4);
    this.putU32(n, this.pos);
    this.pos += 4;
  }

  private putU32(n: number, at: number): void {
    const b = this.buf;
    b[at] = n >>> 24;
    b[at + 1] = (n >>> 16) & 0xff;
    b[at + 2] = (n >>> 8) & 0xff;
    b[at + 3] = n & 0xff;
  }

  /** A byte followed by a float64, big-endian (the commonest pair in a key). */
  byteF64(b: number, n: number): void {
    this.reserve(9);
    this.buf[this.pos] = b;
    this.buf.writeDoubleBE(n, this.pos + 1);
    this.pos += 9;
  }

  /**
   * The UTF-8 byte length (u32) and the UTF-8 bytes of `s`, behind the byte `tag` when it is
   * given (≥ 0). Returns false, having written nothing, when `s` has unpaired surrogates
   * (UTF-8 cannot represent it).
   */
  utf8(s: string, tag = -1): boolean {
    const n = s.length;
    const head = tag < 0 ? 4 : 5;
    if (n * 3 > DIRECT_STRING) {
      if (!isWellFormed(s)) return false;
      const bytes = Buffer.from(s, 'utf8');
      if (tag >= 0) this.byte(tag);
      this.u32(bytes.length);
      this.raw(bytes);
      return true;
    }
    this.reserve(head + n * 3);
    const buf = this.buf;
    const start = this.pos + head;
    let written: number;
    if (n <= 24) {
      // short strings (names, colours, enum values) are copied here: cheaper than a native call
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[start + i] = c;
      }
      if (i !== n && !isWellFormed(s)) return false;
      written = i === n ? n : buf.utf8Write(s, start);
    } else {
      written = buf.utf8Write(s, start);
      // more bytes than code units: not ASCII, so it may hold an unpaired surrogate (written as U+FFFD)
      if (written !== n && !isWellFormed(s)) return false;
    }
    if (tag >= 0) buf[this.pos] = tag;
    this.putU32(written, start - 4);
    this.pos = start + written;
    return true;
  }

  /** `s` as latin1, one byte per character, no length: a short tag whose length the reader knows. */
  latin1(s: string): void {
    const n = s.length;
    this.reserve(n);
    const buf = this.buf;
    const at = this.pos;
    for (let i = 0; i < n; i++) buf[at + i] = s.charCodeAt(i); // a few characters: no native call
    this.pos = at + n;
  }

  raw(bytes: Uint8Array): void {
    if (bytes.length >= DIRECT_BYTES) {
      this.flush();
      this.sink.update(bytes);
      this.flushed = true;
      return;
    }
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }
}
