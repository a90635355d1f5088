import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyDigest } from '../src/derive-key.js';
import { encodeKeyFields, encodeKeyValue, keyForm } from '../src/encode-key.js';
import { KeyEncodingError } from '../src/errors.js';
import { COVERAGE } from './support/key-coverage.js';

const digest = (...values: unknown[]) =>
  keyDigest(
    'sig',
    values,
    values.map((_, i) => `f${i}`),
  );

/**
 * Golden vectors: these digests are a compatibility promise. Users' caches survive a
 * keyproof upgrade only if they never change; a deliberate change of encoding must bump
 * KEY_FORMAT (a new namespace) and then update these.
 */
describe('golden vectors', () => {
  const sig = '0123456789abcdef';
  const cases: Array<[string, unknown[], string]> = [
    ['empty field list', [], 'dbd9d32f978473a85d06a4f469b7de67b2eb062b3be10ade865b55019cbf47f1'],
    ['string and number', ['Acme Bakery', 3], 'ad08d341c810ca83e467f54e4bba2ce5a8933f7779ba33a1d2efe7b8325d1456'],
    [
      'logo tuple',
      ['new', 'Acme Bakery', ['#1b5e20', '#aaff00'], '9c41e2'.padEnd(64, '0')],
      '6502f556e4fac67fc95d91bdf85aceb516e589bf72015fe03563ef7f07fe97ab',
    ],
    ['bytes', [new Uint8Array([1, 2, 3])], '627febb7f1137b587726cf8ef1b234914e7c949bdb970e59a9415ac8ebc282d2'],
    [
      'date, map, set, bigint',
      [new Date(0), new Map([['a', 1]]), new Set([1, 2]), 10n],
      '7762c3b9d7dc3ee6b85e8e4f4830036fdf4823233cc756fdac46ce4f2a55d573',
    ],
    ['null and undefined', [null, undefined], 'e0274e01ab5a507c1c3992b4e7b2f6f11de2cf524409d3c7634000f09fbd6cfb'],
  ];
  it.each(cases)('%s', (_name, values, expected) => {
    expect(
      keyDigest(
        sig,
        values,
        values.map((_, i) => `f${i}`),
      ),
    ).toBe(expected);
  });

  it('matches the byte layout written out by hand (the format, independent of the encoder)', () => {
    const f64 = (n: number) => {
      const b = Buffer.alloc(8);
      b.writeDoubleBE(n);
      return b;
    };
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(n);
      return b;
    };
    const bytes = Buffer.concat([
      Buffer.from(`keyproof-key/1\0${sig}\0`), // preamble: key format 1, plan signature
      Buffer.from([0x04]),
      f64(2), // field count, as a number
      Buffer.from([0x06]),
      u32(11),
      Buffer.from('Acme Bakery'), // tag string, byte length, UTF-8
      Buffer.from([0x04]),
      f64(3), // tag number, float64 big-endian
    ]);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(cases[1]![2]);
  });
});

describe('keyed digests (configure({ keySecret }))', () => {
  it('are HMAC-SHA256 under the secret over the very bytes the plain digest hashes', () => {
    const values = ['alice@example.com', 3];
    const names = ['email', 'n'];
    const chunks: Buffer[] = [Buffer.from('keyproof-key/1\0sig\0')];
    encodeKeyFields(values, names, { update: (c) => chunks.push(Buffer.from(c)) });
    const bytes = Buffer.concat(chunks);
    const secret = Buffer.from('a deployment secret of 32 bytes!');
    expect(keyDigest('sig', values, names)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(keyDigest('sig', values, names, secret)).toBe(createHmac('sha256', secret).update(bytes).digest('hex'));
    expect(keyDigest('sig', values, names, secret)).not.toBe(keyDigest('sig', values, names));
  });
});

describe('injectivity', () => {
  it('keeps apart values JSON or naive joins would merge', () => {
    const pairs: Array<[unknown[], unknown[]]> = [
      [['a,b'], ['a', 'b']],
      [[1], ['1']],
      [[null], [undefined]],
      [[{ a: undefined }], [{}]],
      [[[1, 2]], [[1], [2]]],
      [[new Date(0)], [0]],
      [[new Date(0)], ['1970-01-01T00:00:00.000Z']],
      [[1n], [1]],
      [[new Uint8Array([1])], [[1]]],
      [[new Map([[1, 2]])], [{ 1: 2 }]],
      [[new Set([1])], [[1]]],
      [[''], []],
      [
        ['ab', 'c'],
        ['a', 'bc'],
      ],
      [[true], [1]],
      [[-0], [0]],
      // unpaired surrogates (text cut inside an emoji) are not U+FFFD
      [['hi \uDE00'], ['hi \uFFFD']],
      [['hi \uDE00'], ['hi \uDE01']],
      [['\uD83D'], ['\uDE00']],
      [[{ ['k\uDE00']: 1 }], [{ ['k\uFFFD']: 1 }]],
      [[`${'x'.repeat(5000)}\uDE00`], [`${'x'.repeat(5000)}\uFFFD`]],
    ];
    for (const [a, b] of pairs) expect(digest(...a), `${String(a)} vs ${String(b)}`).not.toBe(digest(...b));
  });

  it('never maps two different values to one encoding (property)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true }),
        (a, b) => {
          const ea = encodeKeyValue(a);
          const eb = encodeKeyValue(b);
          if (ea.equals(eb)) expect(canonical(a)).toEqual(canonical(b));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('separates argument tuples that only differ in where a string is split (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 5 }),
        fc.array(fc.string(), { minLength: 1, maxLength: 5 }),
        (a, b) => {
          fc.pre(JSON.stringify(a) !== JSON.stringify(b));
          expect(digest(...a)).not.toBe(digest(...b));
        },
      ),
    );
  });
});

describe('stability', () => {
  it('ignores object property order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(encodeKeyValue(reversed).equals(encodeKeyValue(obj))).toBe(true);
      }),
    );
  });

  it('ignores Map and Set insertion order', () => {
    expect(
      digest(
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
      ),
    ).toBe(
      digest(
        new Map([
          ['b', 2],
          ['a', 1],
        ]),
      ),
    );
    expect(digest(new Set(['x', 'y']))).toBe(digest(new Set(['y', 'x'])));
  });

  it('hashes bytes as content: Buffer, Uint8Array and ArrayBuffer with the same bytes agree', () => {
    const bytes = [0, 1, 2, 250];
    const u8 = new Uint8Array(bytes);
    expect(digest(Buffer.from(bytes))).toBe(digest(u8));
    expect(digest(u8.buffer)).toBe(digest(u8));
    const view = new Uint8Array([9, 9, ...bytes, 9]).subarray(2, 6);
    expect(digest(view)).toBe(digest(u8));
    expect(digest(new Uint8Array([0, 1, 2, 251]))).not.toBe(digest(u8));
  });

  it('streams large byte arrays: a 1 MiB input hashes the same as its copy', () => {
    const big = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
    expect(digest(big, 'x')).toBe(digest(Buffer.from(big), 'x'));
    const other = big.slice();
    other[500_000] = 7;
    expect(digest(other, 'x')).not.toBe(digest(big, 'x'));
  });

  it('encodes long strings like short ones (the direct-write threshold does not leak)', () => {
    const s = 'é'.repeat(5000);
    expect(encodeKeyValue(s).subarray(5).toString('utf8')).toBe(s);
  });

  it('depends on the plan signature: a changed plan never reads old entries', () => {
    expect(keyDigest('plan-a', ['x'], ['f'])).not.toBe(keyDigest('plan-b', ['x'], ['f']));
  });
});

describe('unencodable values fail before any upstream call, naming the field and the fix', () => {
  it.each([
    ['a function', () => 1, /f0 for the cache key: it is a function/],
    ['a symbol', Symbol('s'), /it is a symbol/],
    ['a promise', Promise.resolve(1), /a Promise.*await it/],
    ['a class instance', new (class Client {})(), /an instance of Client.*keyForm/],
    ['a WeakMap', new WeakMap(), /WeakMap/],
    ['a nested function', { deep: [1, { fn: () => 1 }] }, /f0\.deep\[1\]\.fn/],
  ])('%s', (_name, value, message) => {
    expect(() => digest(value)).toThrow(KeyEncodingError);
    expect(() => digest(value)).toThrow(message);
  });

  it('a cycle', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(() => digest(a)).toThrow(/circular reference/);
  });

  it('nesting deeper than the stack allows: a KeyEncodingError with the path, not a bare RangeError', () => {
    const nest = (depth: number, wrap: (inner: unknown) => unknown) => {
      let v: unknown = 'core';
      for (let i = 0; i < depth; i++) v = wrap(v);
      return v;
    };
    for (const [value, path] of [
      [
        nest(100_000, (inner) => [inner]),
        /cannot encode f0\[0\]\[0\]\[0\]…\[0\]\[0\]\[0\] \(\d+ levels deep\) for the cache key: it is nested deeper/,
      ],
      [nest(100_000, (inner) => ({ inner })), /cannot encode f0\.inner\.inner\.inner….*levels deep/],
      [new Map([['k', nest(100_000, (inner) => [inner])]]), /cannot encode f0<value 0>\[0\]\[0\]….*levels deep/],
    ] as const) {
      expect(() => digest(value)).toThrow(KeyEncodingError);
      expect(() => digest(value)).toThrow(path);
      expect(() => digest(value)).toThrow(/Fix: key on a flatter form/);
    }
    expect(digest('after')).toBe(digest('after')); // the pooled writer is usable again
  });

  it('allows a repeated (non-circular) reference', () => {
    const shared = { x: 1 };
    expect(() => digest({ a: shared, b: shared })).not.toThrow();
  });

  it('accepts a class instance that declares its key form', () => {
    class Money {
      constructor(readonly cents: number) {}
      [keyForm]() {
        return { cents: this.cents };
      }
    }
    expect(digest(new Money(5))).toBe(digest(new Money(5)));
    expect(digest(new Money(5))).not.toBe(digest(new Money(6)));
  });
});

/** A comparable form that distinguishes everything the encoding must distinguish. */
function canonical(v: unknown): unknown {
  if (v === undefined) return '<undefined>';
  if (typeof v === 'bigint') return `<bigint ${v}>`;
  if (typeof v === 'number') return Object.is(v, -0) ? '<-0>' : Number.isNaN(v) ? '<NaN>' : v;
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Date) return `<date ${v.getTime()}>`;
  if (ArrayBuffer.isView(v))
    return `<${v.constructor.name === 'Buffer' ? 'Uint8Array' : v.constructor.name} ${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}>`;
  if (v instanceof Map)
    return ['<map>', ...[...v].map(([k, x]) => JSON.stringify([canonical(k), canonical(x)])).sort()];
  if (v instanceof Set) return ['<set>', ...[...v].map((x) => JSON.stringify(canonical(x))).sort()];
  if (Array.isArray(v)) return ['<array>', ...Array.from(v, canonical)];
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
  );
}

/** Golden digests over every branch of the format (test/support/key-coverage.ts), recorded before the encoder was split: a refactor of the writer must not move a byte. */
describe('format coverage golden digests', () => {
  const expected: Record<string, string> = {
    'booleans, numbers, NaN, -0, Infinity': '0b01dcf68c17939ae7687efac52cd23e7dd194d1dc24a91e966bc38110ffc850',
    bigints: '17850f75a32fb72b1717ce96c0d72726e06efa03b47d53cd1e9c03fa5d2a24c0',
    'strings: ascii, non-ascii, long ascii past the fast path, empty':
      '76c2fbc2d53bdd13e3ef7e741c0e163bce158bccfac4952f9c9774a7d4712b4d',
    'ill-formed strings': '9a21f40f1f30b38f6d740f845153598f4747c6bc56b92238414c30da37f5e6fc',
    'long strings past the direct threshold': '6b778a96b91e362bf08d74eb478c2655d50f176f6c9a95bbb59be8264cea91a1',
    'plain objects, nested, property order': '84d9301e177f5fcc14a6b0ac19d472be61820f2e5efbd388964a83e3b77fd7df',
    'object with more than 16 keys': '72454f4b3f82bc269a13ff24de6883e64edddecfa940dc5aa9fdb41570d3a8c7',
    'null-prototype object': 'aa3d8766b5f2a8a4662ba65f64df7d32ec6c80aa017f23e1c1565ae910bb9473',
    'arrays, sparse and nested': 'c7e70127897594acad4ac55ac500b647d7f4ab25476c98be22bb471ea68f4b91',
    'bytes: Buffer, Uint8Array, ArrayBuffer, large': '79f70c58de48a0fb2bb5bbbb67b8ffb8492ea6267691179efa01833e93e027f2',
    'typed arrays and DataView': '2b852c0fc81625b4bdd78c179689f2856b4f368524d95b94e45eb52ad7d24c89',
    'typed-array subclass': '9911c3bf227838330d99d3fa09895b0b103cea76cdf3aaca4b59a782e974ceb6',
    'dates, regexps, urls': '94598d096606d30afb289d840fe0b6c515e8cc45a4d4d7668ecfaa73e0a1db31',
    'maps and sets, order-free, nested': 'e696bb8368bd2047c01cc3481144e814101510e375af8e1df727e1aa8387f5f6',
    'map with a large byte value': '0b3ef324510ccfc1d7b5b9eb1c407949f6ab38014364aed6f0bfd5745b75cb08',
    'key forms: on a class and on a plain object': 'b8ab4989ae31eb460d39a9f7273ec2f7b5e50286e0e3aca89a8941457cd808de',
    'deep but legal nesting': 'dc8334d8f3fea7f3cd32042becb4057427885192b124abd189967db2dcab6638',
  };
  it.each(COVERAGE)('%s', (name, make) => {
    const values = make();
    expect(
      keyDigest(
        'cov',
        values,
        values.map((_, i) => `f${i}`),
      ),
    ).toBe(expected[name]);
  });
});
