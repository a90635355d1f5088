import { KeyEncodingError } from './errors.js';

/**
 * The canonical key encoding: every value is written as a one-byte type tag followed by a
 * fixed-size or length-prefixed body, so the encoding is injective (`'a,b'` vs `'a','b'`,
 * `1` vs `'1'`, `null` vs `undefined` never collide) and independent of object property
 * order and Map/Set insertion order. Bytes (`Uint8Array`, `Buffer`, `ArrayBuffer`) are
 * written as their content, streamed straight into the sink without a copy.
 *
 * Changing any byte this file writes changes every user's keys: the golden vectors in
 * `encode-key.test.ts` must then fail, and KEY_FORMAT in `derive-key.ts` must be bumped.
 */

/** Something that consumes encoded bytes: a hash, or a collector for sub-encodings. */
export interface ByteSink {
  update(chunk: Uint8Array): unknown;
}

/** Values that declare their own key form: `[keyForm]() { return this.id; }`. */
export const keyForm: unique symbol = Symbol.for('keyproof.keyForm');

const enum Tag {
  Undefined = 0x00,
  Null = 0x01,
  False = 0x02,
  True = 0x03,
  Number = 0x04,
  BigInt = 0x05,
  String = 0x06,
  Bytes = 0x07,
  Array = 0x08,
  Object = 0x09,
  Date = 0x0a,
  Map = 0x0b,
  Set = 0x0c,
  RegExp = 0x0d,
  TypedArray = 0x0e,
  Url = 0x0f,
  KeyForm = 0x10,
}

/** Chunks at least this large are streamed to the sink directly instead of copied. */
const DIRECT_BYTES = 2048;

class KeyWriter {
  private buf: Buffer;
  get sinkRef(): ByteSink {
    return this.sink;
  }
  private pos = 0;
  private readonly stack = new Set<object>();

  /** Sinks must not keep the chunks they are given: the writer reuses its buffer. */
  constructor(
    private readonly sink: ByteSink,
    buf?: Buffer,
  ) {
    this.buf = buf ?? Buffer.allocUnsafe(4096);
  }

  flush(): void {
    if (this.pos > 0) {
      this.sink.update(this.buf.subarray(0, this.pos));
      this.pos = 0;
    }
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
  }

  private tag(tag: Tag): void {
    this.reserve(1);
    this.buf[this.pos++] = tag;
  }

  private u32(n: number): void {
    this.reserve(4);
    this.buf.writeUInt32BE(n, this.pos);
    this.pos += 4;
  }

  private f64(n: number): void {
    this.reserve(8);
    // one NaN: all NaN bit patterns encode alike
    this.buf.writeDoubleBE(Number.isNaN(n) ? Number.NaN : n, this.pos);
    this.pos += 8;
  }

  private str(s: string): void {
    const max = s.length * 3;
    if (max <= DIRECT_BYTES) {
      this.reserve(4 + max);
      const written = this.buf.write(s, this.pos + 4, 'utf8');
      this.buf.writeUInt32BE(written, this.pos);
      this.pos += 4 + written;
    } else {
      const bytes = Buffer.from(s, 'utf8');
      this.u32(bytes.length);
      this.raw(bytes);
    }
  }

  private raw(bytes: Uint8Array): void {
    if (bytes.length >= DIRECT_BYTES) {
      this.flush();
      this.sink.update(bytes);
      return;
    }
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  value(v: unknown, path: string): void {
    switch (typeof v) {
      case 'undefined':
        return this.tag(Tag.Undefined);
      case 'boolean':
        return this.tag(v ? Tag.True : Tag.False);
      case 'number':
        this.tag(Tag.Number);
        return this.f64(v);
      case 'string':
        this.tag(Tag.String);
        return this.str(v);
      case 'bigint':
        this.tag(Tag.BigInt);
        return this.str(v.toString(16));
      case 'object':
        if (v === null) return this.tag(Tag.Null);
        return this.object(v, path);
      case 'function':
        throw unencodable(path, 'a function', 'pass the data the function would produce, or exclude the parameter');
      case 'symbol':
        throw unencodable(path, 'a symbol', 'symbols have no identity across processes; pass a string instead');
    }
  }

  private object(v: object, path: string): void {
    if (this.stack.has(v)) {
      throw unencodable(path, 'a circular reference', 'break the cycle, or key on the fields that matter (@cacheKey(\'a\', \'b\'))');
    }
    if (v instanceof Uint8Array && (v.constructor === Uint8Array || Buffer.isBuffer(v))) {
      this.tag(Tag.Bytes);
      this.u32(v.byteLength);
      return this.raw(v);
    }
    if (v instanceof ArrayBuffer) {
      this.tag(Tag.Bytes);
      this.u32(v.byteLength);
      return this.raw(new Uint8Array(v));
    }
    if (ArrayBuffer.isView(v)) {
      this.tag(Tag.TypedArray);
      this.str(v.constructor.name);
      this.u32(v.byteLength);
      return this.raw(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    }
    if (v instanceof Date) {
      this.tag(Tag.Date);
      return this.f64(v.getTime());
    }
    if (v instanceof RegExp) {
      this.tag(Tag.RegExp);
      this.str(v.source);
      return this.str(v.flags);
    }
    if (v instanceof URL) {
      this.tag(Tag.Url);
      return this.str(v.href);
    }
    this.stack.add(v);
    try {
      if (Array.isArray(v)) return this.array(v, path);
      if (v instanceof Map) return this.unordered(Tag.Map, v.size, v.entries(), path, true);
      if (v instanceof Set) return this.unordered(Tag.Set, v.size, v.values(), path, false);
      const declared = (v as { [keyForm]?: unknown })[keyForm];
      if (typeof declared === 'function') {
        this.tag(Tag.KeyForm);
        return this.value(declared.call(v), `${path}[keyForm]()`);
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return this.rejectInstance(v, path);
      return this.plain(v as Record<string, unknown>, path);
    } finally {
      this.stack.delete(v);
    }
  }

  private array(v: readonly unknown[], path: string): void {
    this.tag(Tag.Array);
    this.u32(v.length);
    for (let i = 0; i < v.length; i++) this.value(v[i], `${path}[${i}]`);
  }

  private plain(v: Record<string, unknown>, path: string): void {
    if (Object.getOwnPropertySymbols(v).some((s) => Object.prototype.propertyIsEnumerable.call(v, s))) {
      throw unencodable(path, 'an object with symbol keys', 'use string keys, or key on the fields that matter');
    }
    // code-unit order: the same for every locale and every insertion order
    const keys = Object.keys(v).sort();
    this.tag(Tag.Object);
    this.u32(keys.length);
    for (const k of keys) {
      this.str(k);
      this.value(v[k], `${path}.${k}`);
    }
  }

  /** Map and Set: entries sorted by their own encoding, so insertion order does not matter. */
  private unordered(tag: Tag, size: number, items: Iterable<unknown>, path: string, pairs: boolean): void {
    const encoded: Buffer[] = [];
    let i = 0;
    for (const item of items) {
      const sub = new KeyWriter(collector());
      for (const o of this.stack) sub.stack.add(o);
      if (pairs) {
        const [k, val] = item as [unknown, unknown];
        sub.value(k, `${path}<key ${i}>`);
        sub.value(val, `${path}<value ${i}>`);
      } else {
        sub.value(item, `${path}<item ${i}>`);
      }
      sub.flush();
      encoded.push((sub.sinkRef as Collector).bytes());
      i++;
    }
    encoded.sort(Buffer.compare);
    this.tag(tag);
    this.u32(size);
    for (const e of encoded) this.raw(e);
  }

  private rejectInstance(v: object, path: string): never {
    const name = (v as { constructor?: { name?: string } }).constructor?.name || 'an object with a custom prototype';
    if (v instanceof Promise) {
      throw unencodable(path, 'a Promise', 'await it and pass the value');
    }
    if (v instanceof WeakMap || v instanceof WeakSet) {
      throw unencodable(path, `a ${name}`, 'weak collections cannot be enumerated; pass the data instead');
    }
    throw unencodable(
      path,
      `an instance of ${name}`,
      `pass a plain object, key on its fields with @cacheKey('field', …), or give ${name} a key form: ` +
        `[keyForm]() { return /* stable, encodable data */ }`,
    );
  }
}

interface Collector extends ByteSink {
  bytes(): Buffer;
}

function collector(): Collector {
  const chunks: Buffer[] = [];
  return {
    update: (c) => chunks.push(Buffer.from(c)),
    bytes: () => Buffer.concat(chunks),
  };
}

function unencodable(path: string, what: string, fix: string): KeyEncodingError {
  return new KeyEncodingError(`cannot encode ${path} for the cache key: it is ${what}. Fix: ${fix}.`);
}

/**
 * Write the canonical encoding of `values` (the planned key fields, in order) into `sink`.
 * `names` name each field in error messages (`LogoService.generate(colors[2])`).
 */
export function encodeKeyFields(values: readonly unknown[], names: readonly string[], sink: ByteSink): void {
  // one scratch buffer for the common, non-reentrant case (a keyForm method may re-enter)
  const buf = scratch ?? Buffer.allocUnsafe(4096);
  scratch = undefined;
  try {
    const w = new KeyWriter(sink, buf);
    w.value(values.length, '#fields');
    for (let i = 0; i < values.length; i++) w.value(values[i], names[i] ?? `#${i}`);
    w.flush();
  } finally {
    if (buf.length === 4096) scratch = buf;
  }
}

let scratch: Buffer | undefined = Buffer.allocUnsafe(4096);

/** The canonical encoding of one value as bytes (tests, tools). */
export function encodeKeyValue(value: unknown, name = 'value'): Buffer {
  const sink = collector();
  const w = new KeyWriter(sink);
  w.value(value, name);
  w.flush();
  return sink.bytes();
}
