/**
 * Values covering every branch of the key format (each type tag, both string paths, ill-formed
 * strings, the direct-write thresholds for strings and bytes, nesting in Map and Set), for the
 * format-coverage golden digests in encode-key.test.ts.
 */
import { keyForm } from '../../src/encode-key.js';

class Sku {
  constructor(readonly code: string) {}
  [keyForm]() {
    return { sku: this.code };
  }
}
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 131) & 0xff);

export const COVERAGE: Array<[string, () => unknown[]]> = [
  [
    'booleans, numbers, NaN, -0, Infinity',
    () => [true, false, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e-300, -42.5],
  ],
  ['bigints', () => [0n, -1n, 2n ** 130n]],
  [
    'strings: ascii, non-ascii, long ascii past the fast path, empty',
    () => ['', 'abc', 'ünïcødé ✓ 🎨', 'x'.repeat(25), 'é'.repeat(30)],
  ],
  ['ill-formed strings', () => ['\ud800', 'a\udc00b', '🎨'.slice(0, 1) + 'x'.repeat(6000)]],
  ['long strings past the direct threshold', () => ['long '.repeat(4000), 'ü'.repeat(6000)]],
  [
    'plain objects, nested, property order',
    () => [
      { b: 1, a: { d: [1, { z: null }], c: undefined } },
      { ['k'.repeat(3)]: 1, '': 2, '10': 3, '9': 4 },
    ],
  ],
  [
    'object with more than 16 keys',
    () => [Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${(i * 7) % 20}`, i]))],
  ],
  ['null-prototype object', () => [Object.assign(Object.create(null) as object, { b: 2, a: 1 })]],
  ['arrays, sparse and nested', () => [[], [[[]]], [1, undefined, 3], new Array(3)]],
  [
    'bytes: Buffer, Uint8Array, ArrayBuffer, large',
    () => [Buffer.from('hi'), bytes(5), bytes(7).buffer, bytes(9000), new Uint8Array(bytes(40).buffer, 3, 10)],
  ],
  [
    'typed arrays and DataView',
    () => [
      new Float64Array([1.5, -0]),
      new Int16Array([-2, 7]),
      new BigUint64Array([3n]),
      new DataView(bytes(6).buffer, 1, 4),
      new Uint8ClampedArray([300]),
    ],
  ],
  ['typed-array subclass', () => [new (class Pixels extends Uint16Array {})([1, 2])]],
  [
    'dates, regexps, urls',
    () => [new Date(0), new Date(8.64e15), new Date(Number.NaN), /a+b/gimsuy, new URL('https://example.com/ä?q=1#f')],
  ],
  [
    'maps and sets, order-free, nested',
    () => [
      new Map<unknown, unknown>([
        ['b', new Set([3, 1])],
        [1, { x: [1] }],
        [null, new Map([[2n, 'v']])],
      ]),
      new Set(['z', 'a', { o: 1 }, [2]]),
    ],
  ],
  ['map with a large byte value', () => [new Map([['blob', bytes(10_000)]])]],
  ['key forms: on a class and on a plain object', () => [new Sku('A-1'), { id: 7, [keyForm]: () => ['seven', 7] }]],
  ['deep but legal nesting', () => [Array.from({ length: 40 }).reduce<unknown>((inner) => ({ inner }), 'core')]],
];
