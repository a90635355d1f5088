/**
 * The value table (src/value-kinds.ts) is checked against the real encoders: every kind's
 * `key` column against the key encoder, its `value` column against a round trip through the
 * value codec, and the admission check refuses exactly the `not-stored` kinds.
 */
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
