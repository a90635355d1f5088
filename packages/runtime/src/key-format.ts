import { ByteWriter, type ByteSink } from './byte-writer.js';
import { OpenContainers, Seg, Unencodable, cycle, instance, shared, within } from './key-path.js';

/**
 * THE KEY FORMAT. Every value is written as a one-byte type tag followed by a fixed-size or
 * length-prefixed body, so the encoding is injective (`'a,b'` vs `'a','b'`, `1` vs `'1'`,
 * `null` vs `undefined` never collide) and independent of object property order and Map/Set
 * insertion order. Bytes (`Uint8Array`, `Buffer`, `ArrayBuffer`) are written as their content.
 * Integers are u32 big-endian, numbers float64 big-endian (one NaN), strings a u32 UTF-8 byte
 * length and the UTF-8 bytes.
 *
 * This is the one file whose diff can change users' keys: the golden vectors in
 * `test/encode-key.test.ts` must then fail, and KEY_FORMAT in `derive-key.ts` must be bumped.
 * How bytes reach the hash is byte-writer.ts; paths and errors are key-path.ts.
 */

/** Values that declare their own key form: `[keyForm]() { return this.id; }`. */
export const keyForm: unique symbol = Symbol.for('keyproof.keyForm');

enum Tag {
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

/** Marks the length prefix of a string written as UTF-16 code units (see `string`). */
const ILL_FORMED = 0x80000000;

type Declared = { [keyForm]?: unknown };
/** One NaN: all NaN bit patterns encode alike. */
const oneNaN = (n: number): number => (Number.isNaN(n) ? Number.NaN : n);

/** The encoder of one key: one method per type, dispatched on `typeof` and the prototype. */
export class KeyFormat extends ByteWriter {
  readonly open = new OpenContainers();

  reset(sink: ByteSink): this {
    this.resetSink(sink);
    this.open.reset();
    return this;
  }

  /**
   * One top-level value, named `name` in error messages (a field: `LogoService.generate(colors)`).
   * Throws KeyEncodingError, with the path, for a value that has no encoding.
   */
  field(v: unknown, name: string): void {
    try {
      this.value(v);
    } catch (error) {
      const e = within(error, Seg.Name, name);
      throw e instanceof Unencodable ? e.toKeyError() : e;
    }
  }

  value(v: unknown): void {
    switch (typeof v) {
      case 'string':
        return this.string(Tag.String, v);
      case 'object':
        return v === null ? this.byte(Tag.Null) : this.object(v);
      case 'number':
        return this.byteF64(Tag.Number, oneNaN(v));
      case 'undefined':
        return this.byte(Tag.Undefined);
      case 'boolean':
        return this.byte(v ? Tag.True : Tag.False);
      case 'bigint':
        return this.string(Tag.BigInt, v.toString(16));
      case 'function':
        throw new Unencodable('a function', 'pass the data the function would produce, or exclude the parameter');
      case 'symbol':
        throw new Unencodable('a symbol', 'symbols have no identity across processes; pass a string instead');
    }
  }

  /**
   * `tag` (when ≥ 0), then UTF-8 behind its byte length; a string with unpaired surrogates (text
   * cut inside an emoji), which UTF-8 would turn into U+FFFD and so collide, is written as its
   * UTF-16 code units behind a length with the top bit set (a UTF-8 length never reaches 2^31).
   */
  private string(tag: number, s: string): void {
    if (this.utf8(s, tag)) return;
    if (tag >= 0) this.byte(tag);
    const units = Buffer.from(s, 'utf16le');
    this.u32((ILL_FORMED | units.length) >>> 0);
    this.raw(units);
  }

  private object(v: object): void {
    if (this.open.has(v)) throw cycle();
    if (Array.isArray(v)) return this.array(v);
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      return typeof (v as Declared)[keyForm] === 'function'
        ? this.declared(v)
        : this.plain(v as Record<string, unknown>);
    }
    if (ArrayBuffer.isView(v) ? isShared(v.buffer) : isShared(v)) throwShared();
    if (v instanceof Uint8Array && (v.constructor === Uint8Array || Buffer.isBuffer(v))) return this.bytes(v);
    if (v instanceof ArrayBuffer) return this.bytes(new Uint8Array(v));
    if (ArrayBuffer.isView(v)) return this.typedArray(v);
    if (v instanceof Date) return this.byteF64(Tag.Date, oneNaN(v.getTime()));
    if (v instanceof RegExp) return this.regexp(v);
    if (v instanceof URL) return this.string(Tag.Url, v.href);
    if (v instanceof Map) return this.unordered(Tag.Map, v, v.size, v.entries(), true);
    if (v instanceof Set) return this.unordered(Tag.Set, v, v.size, v.values(), false);
    if (typeof (v as Declared)[keyForm] === 'function') return this.declared(v);
    throw instance(v);
  }

  private array(v: readonly unknown[]): void {
    this.open.push(v);
    this.byte(Tag.Array);
    this.u32(v.length);
    let i = 0;
    try {
      for (; i < v.length; i++) this.value(v[i]);
    } catch (error) {
      throw within(error, Seg.Index, i);
    }
    this.open.pop();
  }

  /** Own enumerable string keys in code-unit order (the same for every locale and insertion order). */
  private plain(v: Record<string, unknown>): void {
    const symbols = Object.getOwnPropertySymbols(v);
    if (symbols.length > 0 && symbols.some((s) => Object.prototype.propertyIsEnumerable.call(v, s))) {
      throw new Unencodable('an object with symbol keys', 'use string keys, or key on the fields that matter');
    }
    this.open.push(v);
    const keys = Object.keys(v);
    // values read with the keys (no keyed load per property), both put in code-unit order of the keys
    const values = Object.values(v);
    sortTogether(keys, values);
    this.byte(Tag.Object);
    this.u32(keys.length);
    let i = 0;
    try {
      for (; i < keys.length; i++) {
        this.string(-1, keys[i]!);
        this.value(values[i]);
      }
    } catch (error) {
      throw within(error, Seg.Prop, keys[i]);
    }
    this.open.pop();
  }

  private declared(v: object): void {
    const declared = (v as { [keyForm]: () => unknown })[keyForm];
    this.open.push(v);
    this.byte(Tag.KeyForm);
    try {
      this.value(declared.call(v));
    } catch (error) {
      throw within(error, Seg.KeyForm, undefined);
    }
    this.open.pop();
  }

  private bytes(v: Uint8Array): void {
    this.byte(Tag.Bytes);
    this.u32(v.byteLength);
    this.raw(v);
  }

  /** Typed arrays other than Uint8Array, DataView, subclasses: their class name, then their bytes. */
  private typedArray(v: ArrayBufferView): void {
    this.string(Tag.TypedArray, v.constructor.name);
    this.u32(v.byteLength);
    this.raw(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  }

  private regexp(v: RegExp): void {
    this.string(Tag.RegExp, v.source);
    this.string(-1, v.flags);
  }

  /** Map and Set: entries sorted by their own encoding, so insertion order does not matter. */
  private unordered(tag: Tag, v: object, size: number, items: Iterable<unknown>, pairs: boolean): void {
    this.open.push(v);
    const encoded: Buffer[] = [];
    let i = 0;
    for (const item of items) encoded.push(this.entry(item, i++, pairs));
    encoded.sort(Buffer.compare);
    this.byte(tag);
    this.u32(size);
    for (const e of encoded) this.raw(e);
    this.open.pop();
  }

  /** One Map entry or Set item, encoded on its own (by a writer that knows the open containers). */
  private entry(item: unknown, i: number, pair: boolean): Buffer {
    const chunks: Buffer[] = [];
    const sub = new KeyFormat({ update: (c) => chunks.push(Buffer.from(c)) });
    sub.open.continueFrom(this.open);
    let seg = pair ? Seg.MapKey : Seg.SetItem;
    try {
      if (!pair) sub.value(item);
      else {
        const [k, val] = item as [unknown, unknown];
        sub.value(k);
        seg = Seg.MapValue;
        sub.value(val);
      }
    } catch (error) {
      throw within(error, seg, i);
    }
    sub.flush();
    return Buffer.concat(chunks);
  }
}

/**
 * Sort `keys` into code-unit order (what `Array.prototype.sort()` gives), moving `values` alike:
 * insertion sort for small objects, an index sort for large ones.
 */
function sortTogether(keys: string[], values: unknown[]): void {
  const n = keys.length;
  if (n > 16) {
    // keys are unique, so the comparison is never 0
    const pairs = keys.map((k, i) => [k, values[i]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    pairs.forEach(([k, x], i) => {
      keys[i] = k;
      values[i] = x;
    });
    return;
  }
  for (let i = 1; i < n; i++) {
    const k = keys[i]!;
    const x = values[i];
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      values[j + 1] = values[j];
      j--;
    }
    keys[j + 1] = k;
    values[j + 1] = x;
  }
}

/** Shared memory can change under the call while its key is computed (the value table refuses it as a key too). */
const isShared = (v: unknown): boolean => typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer;
function throwShared(): never {
  throw shared();
}
