import * as crypto from 'node:crypto';
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

/** Marks the length prefix of a string written as UTF-16 code units (see `illFormed`). */
const ILL_FORMED = 0x80000000;

const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

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

/**
 * Byte chunks at least this large are streamed to the sink directly instead of copied; smaller
 * ones are copied so that a typical key is hashed in one call.
 */
const DIRECT_BYTES = 8192;
/** Strings whose UTF-8 form may exceed this are converted first, then written like bytes. */
const DIRECT_STRING = 16384;
/** Size of the reusable scratch buffer: a typical key (and a few KB of prompt) fits whole. */
const SCRATCH_BYTES = 32768;
/** Nesting depth past which cycle detection switches from a linear scan to a Set. */
const SHALLOW = 32;

/** Segments of the path to the value being written, for error messages only. */
const enum Seg {
  Name,
  Index,
  Prop,
  MapKey,
  MapValue,
  SetItem,
  KeyForm,
}

class KeyWriter {
  private buf: Buffer;
  get sinkRef(): ByteSink {
    return this.sink;
  }
  private pos = 0;
  /** True once anything was handed to the sink (so the buffer alone is not the whole encoding). */
  flushed = false;
  /** The containers being written, outermost first (cycle detection). */
  private readonly stack: object[] = [];
  private deep: Set<object> | undefined;
  /** The path to the current value, kept as segments and only formatted for an error. */
  private readonly segKinds: Seg[] = [];
  private readonly segValues: unknown[] = [];

  /** Sinks must not keep the chunks they are given: the writer reuses its buffer. */
  constructor(
    private sink: ByteSink,
    buf?: Buffer,
  ) {
    this.buf = buf ?? Buffer.allocUnsafe(4096);
  }

  /** Ready for a new encoding into `sink` (the pooled writer of the non-reentrant case). */
  reset(sink: ByteSink): this {
    this.sink = sink;
    this.pos = 0;
    this.flushed = false;
    this.stack.length = 0;
    this.deep = undefined;
    this.segKinds.length = 0;
    this.segValues.length = 0;
    return this;
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

  /** The bytes written since the last flush (valid until the next write). */
  pending(): Buffer {
    return this.buf.subarray(0, this.pos);
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

  private f64(n: number): void {
    this.reserve(8);
    // one NaN: all NaN bit patterns encode alike
    this.buf.writeDoubleBE(Number.isNaN(n) ? Number.NaN : n, this.pos);
    this.pos += 8;
  }

  /** Raw UTF-8 without a length (the digest prefix). */
  text(s: string): void {
    this.reserve(s.length * 3);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  private str(s: string): void {
    const n = s.length;
    if (n * 3 > DIRECT_STRING) {
      if (!isWellFormed(s)) return this.illFormed(s);
      const bytes = Buffer.from(s, 'utf8');
      this.u32(bytes.length);
      this.raw(bytes);
      return;
    }
    this.reserve(4 + n * 3);
    const start = this.pos + 4;
    const b = this.buf;
    // ASCII fast path: short keys, hex digests, colours, most names
    let i = 0;
    if (n <= 24) {
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        b[start + i] = c;
      }
    }
    if (i !== n && !isWellFormed(s)) return this.illFormed(s);
    const written = i === n ? n : b.write(s, start, 'utf8');
    this.putU32(written, this.pos);
    this.pos = start + written;
  }

  /**
   * A string with unpaired surrogates (text cut inside an emoji): UTF-8 would turn each into
   * U+FFFD and make different strings collide, so its UTF-16 code units are written instead,
   * behind a length with the top bit set (a UTF-8 length never reaches 2^31: V8 strings are
   * shorter), which no well-formed string's encoding can start with.
   */
  private illFormed(s: string): void {
    const units = Buffer.from(s, 'utf16le');
    this.u32((ILL_FORMED | units.length) >>> 0);
    this.raw(units);
  }

  private raw(bytes: Uint8Array): void {
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

  /** Write one top-level value named `name` (a field name in error messages). */
  field(v: unknown, name: string): void {
    this.enter(Seg.Name, name);
    this.value(v);
    this.leave();
  }

  private enter(kind: Seg, value: unknown): void {
    this.segKinds.push(kind);
    this.segValues.push(value);
  }

  private leave(): void {
    this.segKinds.pop();
    this.segValues.pop();
  }

  /** The current path as people read it: `LogoService.generate(colors)[2].name`. */
  private path(): string {
    let out = '';
    for (let i = 0; i < this.segKinds.length; i++) {
      const v = this.segValues[i];
      switch (this.segKinds[i]) {
        case Seg.Name:
          out += String(v);
          break;
        case Seg.Index:
          out += `[${String(v)}]`;
          break;
        case Seg.Prop:
          out += `.${String(v)}`;
          break;
        case Seg.MapKey:
          out += `<key ${String(v)}>`;
          break;
        case Seg.MapValue:
          out += `<value ${String(v)}>`;
          break;
        case Seg.SetItem:
          out += `<item ${String(v)}>`;
          break;
        case Seg.KeyForm:
          out += '[keyForm]()';
          break;
      }
    }
    return out;
  }

  private value(v: unknown): void {
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
        return this.object(v);
      case 'function':
        throw unencodable(this.path(), 'a function', 'pass the data the function would produce, or exclude the parameter');
      case 'symbol':
        throw unencodable(this.path(), 'a symbol', 'symbols have no identity across processes; pass a string instead');
    }
  }

  private onStack(v: object): boolean {
    return this.deep ? this.deep.has(v) : this.stack.includes(v);
  }

  private push(v: object): void {
    this.stack.push(v);
    if (this.deep) this.deep.add(v);
    else if (this.stack.length > SHALLOW) this.deep = new Set(this.stack);
  }

  private pop(): void {
    const v = this.stack.pop()!;
    this.deep?.delete(v);
  }

  private object(v: object): void {
    if (this.onStack(v)) {
      throw unencodable(this.path(), 'a circular reference', 'break the cycle, or key on the fields that matter (@cacheKey(\'a\', \'b\'))');
    }
    // the common shapes first: arrays and plain objects
    if (Array.isArray(v)) {
      this.push(v);
      try {
        return this.array(v);
      } finally {
        this.pop();
      }
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      this.push(v);
      try {
        if (typeof (v as { [keyForm]?: unknown })[keyForm] === 'function') return this.declared(v);
        return this.plain(v as Record<string, unknown>);
      } finally {
        this.pop();
      }
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
    this.push(v);
    try {
      if (v instanceof Map) return this.unordered(Tag.Map, v.size, v.entries(), true);
      if (v instanceof Set) return this.unordered(Tag.Set, v.size, v.values(), false);
      if (typeof (v as { [keyForm]?: unknown })[keyForm] === 'function') return this.declared(v);
      return this.rejectInstance(v);
    } finally {
      this.pop();
    }
  }

  private declared(v: object): void {
    const declared = (v as { [keyForm]: () => unknown })[keyForm];
    this.tag(Tag.KeyForm);
    this.enter(Seg.KeyForm, undefined);
    this.value(declared.call(v));
    this.leave();
  }

  private array(v: readonly unknown[]): void {
    this.tag(Tag.Array);
    this.u32(v.length);
    this.enter(Seg.Index, 0);
    const at = this.segValues.length - 1;
    for (let i = 0; i < v.length; i++) {
      this.segValues[at] = i;
      this.value(v[i]);
    }
    this.leave();
  }

  private plain(v: Record<string, unknown>): void {
    const symbols = Object.getOwnPropertySymbols(v);
    if (symbols.length > 0 && symbols.some((s) => Object.prototype.propertyIsEnumerable.call(v, s))) {
      throw unencodable(this.path(), 'an object with symbol keys', 'use string keys, or key on the fields that matter');
    }
    // code-unit order: the same for every locale and every insertion order
    const keys = sortKeys(Object.keys(v));
    this.tag(Tag.Object);
    this.u32(keys.length);
    this.enter(Seg.Prop, '');
    const at = this.segValues.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      this.str(k);
      this.segValues[at] = k;
      this.value(v[k]);
    }
    this.leave();
  }

  /** Map and Set: entries sorted by their own encoding, so insertion order does not matter. */
  private unordered(tag: Tag, size: number, items: Iterable<unknown>, pairs: boolean): void {
    const encoded: Buffer[] = [];
    let i = 0;
    for (const item of items) {
      const sub = new KeyWriter(collector());
      for (const o of this.stack) sub.push(o);
      for (let j = 0; j < this.segKinds.length; j++) sub.enter(this.segKinds[j]!, this.segValues[j]);
      if (pairs) {
        const [k, val] = item as [unknown, unknown];
        sub.enter(Seg.MapKey, i);
        sub.value(k);
        sub.leave();
        sub.enter(Seg.MapValue, i);
        sub.value(val);
        sub.leave();
      } else {
        sub.enter(Seg.SetItem, i);
        sub.value(item);
        sub.leave();
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

  private rejectInstance(v: object): never {
    const path = this.path();
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

/** Keys in code-unit order (what `Array.prototype.sort()` gives), insertion sort for small objects. */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

const NO_SINK: ByteSink = { update: () => undefined };
/** One writer (and its scratch buffer) for the common, non-reentrant case; a keyForm method may re-enter. */
let pooled: KeyWriter | undefined = new KeyWriter(NO_SINK, Buffer.allocUnsafe(SCRATCH_BYTES));

function acquire(sink: ByteSink): KeyWriter {
  const w = pooled ?? new KeyWriter(NO_SINK, Buffer.allocUnsafe(SCRATCH_BYTES));
  pooled = undefined;
  return w.reset(sink);
}

function release(w: KeyWriter): void {
  w.reset(NO_SINK);
  if (w.capacity === SCRATCH_BYTES) pooled = w; // a writer that grew for a huge string is dropped
}

function writeFields(w: KeyWriter, values: readonly unknown[], names: readonly string[]): void {
  w.field(values.length, '#fields');
  for (let i = 0; i < values.length; i++) w.field(values[i], names[i] ?? `#${i}`);
}

/**
 * Write the canonical encoding of `values` (the planned key fields, in order) into `sink`.
 * `names` name each field in error messages (`LogoService.generate(colors[2])`).
 */
export function encodeKeyFields(values: readonly unknown[], names: readonly string[], sink: ByteSink): void {
  const w = acquire(sink);
  try {
    writeFields(w, values, names);
    w.flush();
  } finally {
    release(w);
  }
}

/** A sink that hashes what it is given, creating the hash on first use. */
class LazyHash implements ByteSink {
  hash: crypto.Hash | undefined;
  update(chunk: Uint8Array): void {
    (this.hash ??= crypto.createHash('sha256')).update(chunk);
  }
}

const oneShot: (data: Uint8Array) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * SHA-256 (hex) of `prefix` (as UTF-8) followed by the canonical encoding of `values`: the
 * same digest as streaming both into a hash, but a key that fits the scratch buffer (the
 * usual case) is hashed in one call, and large byte fields are still streamed without a copy.
 */
export function digestKeyFields(prefix: string, values: readonly unknown[], names: readonly string[]): string {
  const sink = new LazyHash();
  const w = acquire(sink);
  try {
    w.text(prefix);
    writeFields(w, values, names);
    if (!w.flushed) return oneShot(w.pending());
    w.flush();
    return sink.hash!.digest('hex');
  } finally {
    release(w);
  }
}

/** The canonical encoding of one value as bytes (tests, tools). */
export function encodeKeyValue(value: unknown, name = 'value'): Buffer {
  const sink = collector();
  const w = new KeyWriter(sink);
  w.field(value, name);
  w.flush();
  return sink.bytes();
}
