import { endianness } from 'node:os';
import { types } from 'node:util';
import { Serializer } from 'node:v8';

/**
 * V8's structured serialisation of plain data, written in JavaScript: the bytes `v8.Serializer`
 * writes, without its per-value setup (a native serialiser object and an external buffer, most
 * of the time a small value's encoding takes). Plain data is what most memoised methods return:
 * plain objects and dense arrays (each object reached once), strings, numbers, booleans, null
 * and undefined. Anything else (typed arrays, Date, Map, Set, BigInt, class instances, proxies,
 * a shared or cyclic reference, an array with holes or extra properties) is left to V8's
 * serialiser (`undefined` here), and so is a large value (over MAX_BYTES encoded, or an array
 * over MAX_ARRAY elements), where V8's setup costs nothing beside the work. What V8 reads back is the same value either way; the bytes can differ
 * from V8's where V8 chooses by how it holds a value inside (an integer kept as a double, a
 * two-byte string of Latin-1 characters, an array that once had holes), never in what they mean.
 *
 * The header is the running V8's own, and the writer checks itself against V8 when loaded: on a
 * V8 that writes these values differently (or a big-endian machine), every value goes to V8.
 */

const PADDING = 0x00;
const UNDEFINED = 0x5f; // '_'
const NULL = 0x30; // '0'
const TRUE = 0x54; // 'T'
const FALSE = 0x46; // 'F'
const INT32 = 0x49; // 'I', zigzag varint
const DOUBLE = 0x4e; // 'N', 8 bytes, host order
const ONE_BYTE_STRING = 0x22; // '"'
const TWO_BYTE_STRING = 0x63; // 'c'
const BEGIN_OBJECT = 0x6f; // 'o'
const END_OBJECT = 0x7b; // '{', property count
const BEGIN_DENSE_ARRAY = 0x41; // 'A', length
const END_DENSE_ARRAY = 0x24; // '$', property count, length

/** Deeper than this, V8 writes it (the walk is recursive). */
const MAX_DEPTH = 64;
/** Larger than this, V8 writes it: the scratch buffer never grows past it. */
const MAX_BYTES = 64 * 1024;
/** Arrays longer than this go to V8 at once (checking one for holes lists its keys). */
const MAX_ARRAY = 4096;
/** Strings up to this long are scanned and copied in JavaScript (no native call). */
const SHORT_STRING = 64;
const NOT_LATIN1 = /[^\u0000-\u00ff]/;
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** Thrown inside the writer for a value it leaves to V8. */
const LEAVE = Symbol('leave to V8');

class PlainWriter {
  private buf = Buffer.allocUnsafeSlow(4096);
  private pos = 0;
  private readonly seen = new Set<object>();

  constructor(private readonly header: Buffer) {}

  /** The format byte, V8's header, then `value`; undefined when it is not plain data. */
  write(format: number, value: unknown): Buffer | undefined {
    this.pos = 0;
    try {
      this.byte(format);
      this.raw(this.header);
      this.value(value, 0);
    } catch (error) {
      if (error === LEAVE) return undefined;
      throw error;
    } finally {
      this.seen.clear();
    }
    // from Node's buffer pool: a buffer of its own costs more than all of the above (an ArrayBuffer
    // of its own is a native allocation, which is also most of what V8's serialiser costs)
    const out = Buffer.allocUnsafe(this.pos);
    this.buf.copy(out, 0, 0, this.pos);
    return out;
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    if (this.pos + n > MAX_BYTES) throw LEAVE;
    const grown = Buffer.allocUnsafeSlow(Math.min(MAX_BYTES, Math.max(this.buf.length * 2, this.pos + n)));
    this.buf.copy(grown, 0, 0, this.pos);
    this.buf = grown;
  }

  private byte(b: number): void {
    this.reserve(1);
    this.buf[this.pos++] = b;
  }

  private raw(bytes: Buffer): void {
    this.reserve(bytes.length);
    bytes.copy(this.buf, this.pos);
    this.pos += bytes.length;
  }

  private varint(n: number): void {
    this.reserve(5);
    while (n >= 0x80) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
  }

  private number(n: number): void {
    if (Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !Object.is(n, -0)) {
      this.byte(INT32);
      this.varint(((n << 1) ^ (n >> 31)) >>> 0);
      return;
    }
    this.reserve(9);
    this.buf[this.pos] = DOUBLE;
    this.buf.writeDoubleLE(n, this.pos + 1);
    this.pos += 9;
  }

  private string(s: string): void {
    const n = s.length;
    if (n <= SHORT_STRING) {
      let i = 0;
      while (i < n && s.charCodeAt(i) < 0x100) i++;
      if (i === n) {
        this.byte(ONE_BYTE_STRING);
        this.varint(n);
        this.reserve(n);
        for (let j = 0; j < n; j++) this.buf[this.pos + j] = s.charCodeAt(j);
        this.pos += n;
        return;
      }
    } else if (!NOT_LATIN1.test(s)) {
      this.byte(ONE_BYTE_STRING);
      this.varint(n);
      this.reserve(n);
      this.pos += this.buf.latin1Write(s, this.pos, n);
      return;
    }
    // two-byte: V8 pads so that the characters start at an even offset
    const bytes = n * 2;
    let head = 1;
    for (let b = bytes; b >= 0x80; b >>>= 7) head++;
    if ((this.pos + 1 + head) & 1) this.byte(PADDING);
    this.byte(TWO_BYTE_STRING);
    this.varint(bytes);
    this.reserve(bytes);
    this.pos += this.buf.write(s, this.pos, bytes, 'utf16le');
  }

  private key(k: string): void {
    // an array index is a number to V8 (an element, not a named property)
    const first = k.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && ARRAY_INDEX.test(k) && Number(k) < 0xffffffff) this.number(Number(k));
    else this.string(k);
  }

  private value(v: unknown, depth: number): void {
    switch (typeof v) {
      case 'string':
        return this.string(v);
      case 'number':
        return this.number(v);
      case 'boolean':
        return this.byte(v ? TRUE : FALSE);
      case 'undefined':
        return this.byte(UNDEFINED);
      case 'object':
        if (v === null) return this.byte(NULL);
        return this.object(v, depth);
      default:
        throw LEAVE; // bigint (V8 writes it), function, symbol (V8 refuses them)
    }
  }

  private object(v: object, depth: number): void {
    if (depth >= MAX_DEPTH || this.seen.has(v)) throw LEAVE; // deep, shared or cyclic: V8 keeps the references
    // a proxy: V8 refuses to clone it (the result is not stored), which reading it through its traps would hide
    if (types.isProxy(v)) throw LEAVE;
    this.seen.add(v);
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === Array.prototype && Array.isArray(v)) {
      const n = v.length;
      if (n > MAX_ARRAY) throw LEAVE;
      // index keys come first, ascending: n keys ending at n-1 are exactly 0…n-1 (no hole, nothing named)
      const keys = Object.keys(v);
      if (keys.length !== n || (n > 0 && keys[n - 1] !== String(n - 1))) throw LEAVE;
      this.byte(BEGIN_DENSE_ARRAY);
      this.varint(n);
      for (let i = 0; i < n; i++) this.value(v[i], depth + 1);
      this.byte(END_DENSE_ARRAY);
      this.varint(0);
      this.varint(n);
      return;
    }
    if (proto !== Object.prototype) throw LEAVE;
    const keys = Object.keys(v);
    this.byte(BEGIN_OBJECT);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      this.key(k);
      this.value((v as Record<string, unknown>)[k], depth + 1);
    }
    this.byte(END_OBJECT);
    this.varint(keys.length);
  }
}

function v8Bytes(format: number, value: unknown): Buffer {
  const s = new Serializer();
  s.writeRawBytes(Buffer.of(format));
  s.writeHeader();
  s.writeValue(value);
  return s.releaseBuffer();
}

/** Values whose V8 encoding the writer must reproduce exactly before it is used. */
const SELF_CHECK: unknown[] = [
  {
    url: 'https://cdn.example.com/logos/acme-dark-512.png',
    width: 512,
    ratio: 1.5,
    negative: -7,
    createdAt: 1735689600000,
    zero: -0,
    tags: ['a', 'é', '€uro', null, true, false, undefined, 3],
    nested: { deep: [[], {}], 3: 'index', 'x-y': '' },
  },
  'x'.repeat(200),
  'ünïcödé and € '.repeat(20),
  [1, 2, 3],
  -1,
  0x7fffffff,
  -0x80000000,
  null,
];

function makeWriter(): PlainWriter | undefined {
  if (endianness() !== 'LE') return undefined;
  const header = (() => {
    const s = new Serializer();
    s.writeHeader();
    return s.releaseBuffer();
  })();
  const writer = new PlainWriter(header);
  for (const value of SELF_CHECK) {
    const ours = writer.write(1, value);
    if (ours === undefined || !ours.equals(v8Bytes(1, value))) return undefined;
  }
  return writer;
}

const writer = makeWriter();

/**
 * `format` (one byte), then V8's serialisation of `value` when it is plain data (see the file
 * comment); undefined for anything else, which the caller gives to V8's serialiser.
 */
export function serializePlain(format: number, value: unknown): Buffer | undefined {
  return writer?.write(format, value);
}

/** True when the JavaScript writer is in use on this V8 (tests). */
export function plainWriterActive(): boolean {
  return writer !== undefined;
}
