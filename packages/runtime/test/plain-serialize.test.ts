import { Serializer, deserialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../src/codec.js';
import { plainWriterActive, serializePlain } from '../src/plain-serialize.js';

/**
 * Plain data is serialised by keyproof's own writer of V8's format (plain-serialize.ts): what V8
 * reads back must be the value that went in, exactly (-0, NaN, undefined, lone surrogates,
 * property order), and anything the writer does not handle must go to V8 unchanged.
 */
const FORMAT = 1;
const readBack = (bytes: Buffer) => deserialize(bytes.subarray(1));
/** What V8 writes in encodeValue's place: the format byte, then its header and the value (alignment counts the format byte). */
function v8Bytes(value: unknown): Buffer {
  const s = new Serializer();
  s.writeRawBytes(Buffer.of(FORMAT));
  s.writeHeader();
  s.writeValue(value);
  return s.releaseBuffer();
}

/** JSON-like values plus what JSON lacks: undefined, -0, NaN, ±Infinity, large integers, any UTF-16. */
const plainValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    fc.double(),
    fc.integer({ min: -(2 ** 31) - 2, max: 2 ** 31 + 2 }),
    fc.constantFrom(true, false, null, undefined, -0, 2 ** 53, -(2 ** 53), 4294967294, 4294967295),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(
    fc.oneof(fc.string(), fc.constantFrom('0', '1', '10', '4294967294', '4294967295', '01', '-1', '1.5')),
    tie('value'),
    { maxKeys: 6, noNullPrototype: true },
  ),
})).value;

describe('the plain-data writer', () => {
  it('is in use on this V8 (its self-check against V8 passed)', () => {
    expect(plainWriterActive()).toBe(true);
  });

  it('writes what V8 reads back as the same value, property order included', () => {
    fc.assert(
      fc.property(plainValue, (value) => {
        const bytes = serializePlain(FORMAT, value);
        expect(bytes).toBeDefined();
        expect(bytes![0]).toBe(FORMAT);
        const back = readBack(bytes!);
        expect(back).toStrictEqual(value);
        expect(JSON.stringify(Object.keys(Object(back)))).toBe(JSON.stringify(Object.keys(Object(value))));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the bytes V8 writes for typical results', () => {
    const results: unknown[] = [
      { url: 'https://cdn.example.com/a.png', width: 512, height: 512, colors: ['#1f77b4'], createdAt: 1735689600000 },
      JSON.parse('{"id":"u1","plan":"pro","seats":12,"ratio":0.75,"tags":["a","b"],"owner":{"name":"Zoë"}}'),
      'a generated summary, with “quotes” and an emoji 🙂',
      [{ n: 1 }, { n: 2 }],
      { '3': 'three', '1': 'one', name: 'indexed keys first' },
    ];
    for (const value of results) {
      expect(serializePlain(FORMAT, value)!.equals(v8Bytes(value))).toBe(true);
    }
  });

  it('leaves to V8 what it does not write: shared and cyclic references, holes, named array properties, classes, bytes, dates, bigints', () => {
    const shared = { n: 1 };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const named = Object.assign([1, 2], { extra: true });
    const left = [
      { a: shared, b: shared },
      cyclic,
      // biome-ignore lint/suspicious/noSparseArray: a hole is the point
      [1, , 3],
      named,
      new (class Point {
        x = 1;
      })(),
      Object.create(null),
      Buffer.from([1, 2]),
      new Date(0),
      new Map([[1, 2]]),
      12n,
      { deep: Array.from({ length: 70 }).reduce((inner) => [inner], []) },
      // as many holes as named properties: its key count alone looks dense
      // biome-ignore lint/suspicious/noSparseArray: a hole is the point
      Object.assign([1, , 3], { label: 'x' }),
      // V8 refuses to clone a proxy (so the result is not stored); its traps must not be read as data
      new Proxy({}, { get: (_t, k) => `default:${String(k)}` }),
      new Proxy([1, 2], {}),
      // large: V8's setup costs nothing beside the work
      Array.from({ length: 5000 }, (_, i) => i),
      { text: 'x'.repeat(70_000) },
    ];
    for (const value of left) expect(serializePlain(FORMAT, value)).toBeUndefined();
  });

  it('encodeValue still keeps what V8 keeps for those: a shared reference stays one object', () => {
    const shared = { n: 1 };
    const back = decodeValue(encodeValue({ a: shared, b: shared })) as { a: object; b: object };
    expect(back.a).toBe(back.b);
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point
    const holey = decodeValue(encodeValue([1, , 3])) as unknown[];
    expect(1 in holey).toBe(false);
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point
    const labelled = decodeValue(encodeValue(Object.assign([1, , 3], { label: 'x' }))) as unknown[] & {
      label?: string;
    };
    expect(1 in labelled).toBe(false);
    expect(labelled.label).toBe('x');
    expect(decodeValue(encodeValue(12n))).toBe(12n);
  });

  it('a value that grows the writer up to its bound is written, a larger one goes to V8, and the next small one is written as before', () => {
    const grown = { text: 'x'.repeat(30_000), list: Array.from({ length: 1000 }, (_, i) => ({ i, s: `€${i}` })) };
    expect(readBack(serializePlain(FORMAT, grown)!)).toStrictEqual(grown);
    const big = { text: 'x'.repeat(100_000) };
    expect(serializePlain(FORMAT, big)).toBeUndefined();
    expect(decodeValue(encodeValue(big))).toStrictEqual(big);
    expect(readBack(serializePlain(FORMAT, { small: 1 })!)).toStrictEqual({ small: 1 });
  });
});
