/**
 * The value table (@keyproof/plan's value-table.ts, which the transformer's type checks read
 * too) is checked against the runtime's real encoders, row by row: every kind's `key` column
 * against the key encoder, its `value` column against a round trip through the value codec,
 * and the admission check refuses exactly the `not-stored` kinds; then every built-in type name
 * the build judges by the table, through a value of that type.
 */
import { Duplex, Readable, Stream, Transform, Writable } from 'node:stream';
import { kindOfType, TYPE_NAMES } from '@keyproof/plan';
import { describe, expect, it } from 'vitest';
import { findUnstorable } from '../src/check-storable.js';
import { decodeValue, encodeValue } from '../src/codec.js';
import { encodeKeyValue, keyForm } from '../src/encode-key.js';
import { kindOf, VALUE_KINDS } from '../src/value-kinds.js';

class Pixels extends Uint8Array {}
class Logo {
  constructor(readonly svg: string) {}
}
const samples: Record<keyof typeof VALUE_KINDS, () => unknown> = {
  primitive: () => 'text',
  bigint: () => 2n ** 70n,
  symbol: () => Symbol('s'),
  function: () => () => 1,
  array: () => [1, 'two'],
  plainObject: () => ({ a: 1, b: [2] }),
  nullPrototype: () => Object.assign(Object.create(null) as object, { a: 1 }),
  hiddenProperty: () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }),
  symbolKeys: () => ({ [Symbol('s')]: 1 }),
  bytes: () => Buffer.from([1, 2]),
  typedArray: () => new Float64Array([1.5]),
  viewSubclass: () => new Pixels([1, 2]),
  shared: () => new SharedArrayBuffer(4),
  date: () => new Date(0),
  regexp: () => /a+/gi,
  map: () => new Map([['a', 1]]),
  set: () => new Set([1]),
  builtInSubclass: () => new (class Registry extends Map<string, number> {})([['a', 1]]),
  url: () => new URL('https://example.com/a'),
  error: () => new TypeError('bad'),
  aggregateError: () => new AggregateError([new Error('a')], 'both failed'),
  opaque: () => new WeakMap(),
  declared: () => ({ id: 7, [keyForm]: () => 7 }),
  classInstance: () => new Logo('<svg/>'),
};

/** Does the value come back from the codec with the same prototype chain and content? */
function roundTrips(value: unknown): boolean {
  let back: unknown;
  try {
    back = decodeValue(encodeValue(value));
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null) return Object.is(back, value) || typeof value === 'string';
  if (Object.getPrototypeOf(back) !== Object.getPrototypeOf(value)) return false;
  if (Object.getOwnPropertyNames(back as object).length !== Object.getOwnPropertyNames(value).length) return false;
  if (value instanceof Error) return (back as Error).message === value.message;
  try {
    expect(back).toStrictEqual(value);
    return true;
  } catch {
    return false;
  }
}

describe('the value table agrees with the encoders', () => {
  for (const [name, make] of Object.entries(samples) as Array<[keyof typeof VALUE_KINDS, () => unknown]>) {
    const row = VALUE_KINDS[name];
    it(`${row.kind}: key ${row.key}, value ${row.value}`, () => {
      const value = make();
      expect(kindOf(value)).toBe(row);
      if (row.key === 'encoded') expect(() => encodeKeyValue(value)).not.toThrow();
      else expect(() => encodeKeyValue(value)).toThrow(/cannot encode value for the cache key/);
      expect(roundTrips(value)).toBe(row.value === 'round-trips');
      expect(findUnstorable(value) === undefined).toBe(row.value === 'round-trips');
      if (row.value === 'not-stored') expect(row.lost && row.fix).toBeTruthy();
    });
  }

  it('covers every kind', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(VALUE_KINDS).sort());
  });
});

/** A value of each built-in type the table names (read-only views are their mutable classes at run time). */
const TYPE_SAMPLES: Record<string, () => unknown> = {
  Date: () => new Date(0),
  RegExp: () => /a+/g,
  Map: () => new Map([[1, 'a']]),
  ReadonlyMap: () => new Map([[1, 'a']]),
  Set: () => new Set([1]),
  ReadonlySet: () => new Set([1]),
  Array: () => [1, 'a'],
  ReadonlyArray: () => [1, 'a'],
  ArrayBuffer: () => new Uint8Array([1, 2]).buffer,
  DataView: () => new DataView(new Uint8Array([1, 2]).buffer),
  Buffer: () => Buffer.from('ab'),
  Uint8Array: () => new Uint8Array([1]),
  Int8Array: () => new Int8Array([1]),
  Uint8ClampedArray: () => new Uint8ClampedArray([1]),
  Uint16Array: () => new Uint16Array([1]),
  Int16Array: () => new Int16Array([1]),
  Uint32Array: () => new Uint32Array([1]),
  Int32Array: () => new Int32Array([1]),
  Float32Array: () => new Float32Array([1]),
  Float64Array: () => new Float64Array([1]),
  BigInt64Array: () => new BigInt64Array([1n]),
  BigUint64Array: () => new BigUint64Array([1n]),
  URL: () => new URL('https://example.com/a'),
  Error: () => new Error('x'),
  EvalError: () => new EvalError('x'),
  RangeError: () => new RangeError('x'),
  ReferenceError: () => new ReferenceError('x'),
  SyntaxError: () => new SyntaxError('x'),
  TypeError: () => new TypeError('x'),
  URIError: () => new URIError('x'),
  AggregateError: () => new AggregateError([], 'x'),
  Promise: () => Promise.resolve(1),
  PromiseLike: () => ({ then: (): void => undefined }),
  WeakMap: () => new WeakMap(),
  WeakSet: () => new WeakSet(),
  WeakRef: () => new WeakRef({}),
  ReadableStream: () => new ReadableStream(),
  WritableStream: () => new WritableStream(),
  Readable: () => new Readable(),
  Writable: () => new Writable(),
  Duplex: () => new Duplex(),
  Transform: () => new Transform(),
  Stream: () => new Stream(),
  AbortSignal: () => new AbortController().signal,
};

describe('every built-in type the build judges by the table behaves as its row at run time', () => {
  it('has a sample for every type name', () => {
    expect(TYPE_NAMES.filter((n) => TYPE_SAMPLES[n] === undefined)).toEqual([]);
  });
  it.each(TYPE_NAMES.map((name) => [name] as const))('%s', (name) => {
    const row = kindOfType(name)!;
    const value = TYPE_SAMPLES[name]!();
    let hashed = true;
    try {
      encodeKeyValue(value);
    } catch {
      hashed = false;
    }
    const stored =
      findUnstorable(value) === undefined &&
      Object.getPrototypeOf(decodeValue(encodeValue(value))) === Object.getPrototypeOf(value);
    expect({ key: hashed ? 'encoded' : 'refused', value: stored ? 'round-trips' : 'not-stored' }).toEqual({
      key: row.key,
      value: row.value,
    });
  });
});
