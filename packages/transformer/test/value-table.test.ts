/**
 * One truth about types: every row of the transformer's value table (analyse/value-table.ts)
 * is run through the runtime's key encoder and codec, and through the transformer's own
 * checks, and all three must agree: a key the build accepts is one the runtime hashes, a result
 * the build accepts is one the store gives back with its type.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Duplex, Readable, Stream, Transform, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALUE_TABLE } from '../src/analyse/value-table';
import { compileDir, TYPESCRIPTS } from './harness';

/** The runtime's key encoder and codec (ES modules: loaded with import()). */
interface Runtime {
  readonly encodeKeyValue: (value: unknown) => unknown;
  readonly encodeValue: (value: unknown) => Uint8Array;
  readonly decodeValue: (bytes: Uint8Array) => unknown;
  readonly findUnstorable: (value: unknown) => unknown;
}
let runtime: Runtime;
beforeAll(async () => {
  const [codec, storable, encodeKey] = await Promise.all([import('../../runtime/src/codec.js'), import('../../runtime/src/check-storable.js'), import('../../runtime/src/encode-key.js')]);
  runtime = { encodeKeyValue: encodeKey.encodeKeyValue, encodeValue: codec.encodeValue, decodeValue: codec.decodeValue, findUnstorable: storable.findUnstorable };
});

/** A value of each built-in the table names (read-only views are their mutable classes at run time). */
const SAMPLES: Record<string, () => unknown> = {
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

function runtimeHashes(value: unknown): boolean {
  try {
    runtime.encodeKeyValue(value);
    return true;
  } catch {
    return false;
  }
}

function runtimeRoundTrips(value: unknown): boolean {
  if (runtime.findUnstorable(value) !== undefined) return false;
  const back = runtime.decodeValue(runtime.encodeValue(value));
  return Object.getPrototypeOf(back) === Object.getPrototypeOf(value);
}

describe('the value table agrees with the runtime', () => {
  it('has a sample for every row', () => {
    expect(VALUE_TABLE.map((r) => r.name).filter((n) => SAMPLES[n] === undefined)).toEqual([]);
  });
  it.each(VALUE_TABLE.map((r) => [r.name, r] as const))('%s', (name, row) => {
    const value = SAMPLES[name]!();
    expect({ key: runtimeHashes(value) ? 'hashed' : 'refused', store: runtimeRoundTrips(value) ? 'round-trips' : 'refused' }).toEqual({ key: row.key, store: row.store });
  });
});

describe.each(TYPESCRIPTS)('$label: the build agrees with the value table', ({ ts }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-value-table-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const rows = VALUE_TABLE.filter((r) => r.name !== 'PromiseLike' && r.name !== 'Promise'); // a Promise result is awaited, not stored
  const typeText = (name: string): string => {
    if (name === 'WeakMap') return 'WeakMap<object, number>';
    if (name === 'WeakSet' || name === 'WeakRef') return `${name}<object>`;
    if (name === 'ReadableStream' || name === 'WritableStream') return `${name}<Uint8Array>`;
    if (/Map$/.test(name)) return `${name}<string, number>`;
    if (/^(?:Readonly)?(?:Set|Array)$/.test(name)) return `${name}<number>`;
    return name;
  };
  const source = [
    "import type { Duplex, Readable, Stream, Transform, Writable } from 'node:stream';",
    "import { memoize } from 'keyproof';",
    'export class Table {',
    ...rows.flatMap((r, i) => [`  @memoize()`, `  async key${i}(value: ${typeText(r.name)}): Promise<string> { return String(value); }`, `  @memoize()`, `  async store${i}(n: number): Promise<${typeText(r.name)}> { return undefined as never; }`]),
    '}',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'input.ts'), source);
  const result = compileDir(ts, dir, { plugin: true, compilerOptions: { types: ['node'], typeRoots: [path.resolve(__dirname, '../../../node_modules/@types')], experimentalDecorators: true } });
  const lineOf = (method: string): number => source.split('\n').findIndex((l) => l.includes(`async ${method}(`)) + 1;

  it('type-checks the probe', () => {
    expect(result.tsErrors.filter((e) => !/TS?2307|keyproof/.test(e))).toEqual([]);
  });
  it.each(rows.map((r, i) => [r.name, r, i] as const))('%s', (_name, row, i) => {
    const keyRefused = result.diagnostics.some((d) => d.code === 91030 && d.line === lineOf(`key${i}`));
    const storeRefused = result.diagnostics.some((d) => d.code === 91032 && d.line === lineOf(`store${i}`));
    expect({ key: keyRefused ? 'refused' : 'hashed', store: storeRefused ? 'refused' : 'round-trips' }).toEqual({ key: row.key, store: row.store });
  });
});
