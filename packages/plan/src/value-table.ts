/**
 * The value table: for each kind of JavaScript value, whether keyproof can hash it as a key
 * field (`key`), whether a result of that kind comes back from the store exactly as it went in
 * (`value`), and which built-in TypeScript types name it (`types`). One table, read by the
 * transformer's type checks (key fields, 91030; results, 91032) and by the runtime's key
 * encoder and admission check, so that the build and the running program refuse the same
 * things. Tests hold each side to it row by row (the runtime's encoders on a sample of every
 * kind; the build on every type name).
 *
 * A kind whose `value` is `'not-stored'` is returned to the caller but never cached (reported
 * as `unstorable`): a hit would otherwise serve something else than the upstream returned
 * (another class, another prototype, fewer properties), silently. Class instances are the one
 * kind the plan can lift: an instance of a class the plan names at its place in the declared
 * result is stored and comes back with its prototype (result-shape.ts).
 */
export interface ValueKind {
  /** Stable name, for tables and tools (`typed-array-subclass`). */
  readonly kind: string;
  /** What it is, as read in a message after "is": `a Uint8Array subclass`. */
  readonly what: string;
  /** As a key field: `encoded` (a stable canonical encoding) or `refused` (KeyEncodingError; 91030). */
  readonly key: 'encoded' | 'refused';
  /** For a refused key: why, and what to key on instead. */
  readonly keyWhy?: string;
  /** As a result: `round-trips` (stored, comes back identical) or `not-stored` (91032). */
  readonly value: 'round-trips' | 'not-stored';
  /** For `not-stored`: what the store would make of it. */
  readonly lost?: string;
  /** For `not-stored`: how to return something that can be cached. */
  readonly fix?: string;
  /** The built-ins whose TypeScript types are this kind, by the name TypeScript gives them. */
  readonly types?: readonly string[];
  /** Its type arguments are values too, checked in turn (Map, Set, Array). */
  readonly container?: true;
}

function kind(k: ValueKind): ValueKind {
  return k;
}

const PLAIN_FIX = 'return plain data (objects, arrays, strings, numbers, Buffer/Uint8Array, Date, Map, Set, BigInt)';
const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

export const VALUE_KINDS = {
  primitive: kind({
    kind: 'primitive',
    what: 'undefined, null, a boolean, a number or a string',
    key: 'encoded',
    value: 'round-trips',
  }),
  bigint: kind({ kind: 'bigint', what: 'a BigInt', key: 'encoded', value: 'round-trips' }),
  symbol: kind({
    kind: 'symbol',
    what: 'a symbol',
    key: 'refused',
    value: 'not-stored',
    lost: 'has no identity outside this process',
    fix: 'return a string',
  }),
  function: kind({
    kind: 'function',
    what: 'a function',
    key: 'refused',
    value: 'not-stored',
    lost: 'cannot be serialised',
    fix: PLAIN_FIX,
  }),
  array: kind({
    kind: 'array',
    what: 'an array',
    key: 'encoded',
    value: 'round-trips',
    types: ['Array', 'ReadonlyArray'],
    container: true,
  }),
  plainObject: kind({ kind: 'plain-object', what: 'a plain object', key: 'encoded', value: 'round-trips' }),
  nullPrototype: kind({
    kind: 'null-prototype-object',
    what: 'an object with a null prototype',
    key: 'encoded',
    value: 'not-stored',
    lost: 'comes back from the store as a plain object (with Object.prototype)',
    fix: 'return a plain object ({ ...value })',
  }),
  hiddenProperty: kind({
    kind: 'non-enumerable-property',
    what: 'an object with a non-enumerable own property',
    key: 'encoded',
    value: 'not-stored',
    lost: 'comes back from the store without that property',
    fix: 'make the property enumerable, or return a plain copy of the data',
  }),
  symbolKeys: kind({
    kind: 'symbol-keyed-object',
    what: 'an object with symbol keys',
    key: 'refused',
    value: 'not-stored',
    lost: 'comes back from the store without its symbol-keyed properties',
    fix: 'use string keys',
  }),
  bytes: kind({
    kind: 'bytes',
    what: 'a Buffer, Uint8Array or ArrayBuffer',
    key: 'encoded',
    value: 'round-trips',
    types: ['Buffer', 'Uint8Array', 'ArrayBuffer'],
  }),
  typedArray: kind({
    kind: 'typed-array',
    what: 'a typed array or DataView',
    key: 'encoded',
    value: 'round-trips',
    types: [...TYPED_ARRAYS, 'DataView'],
  }),
  viewSubclass: kind({
    kind: 'typed-array-subclass',
    what: 'a typed-array subclass',
    key: 'encoded',
    value: 'not-stored',
    lost: 'comes back from the store as its built-in base class, without its own methods',
    fix: 'return the built-in typed array (new Uint8Array(value)) and wrap it after the call',
  }),
  shared: kind({
    kind: 'shared-memory',
    what: 'shared memory (a SharedArrayBuffer, or a view over one)',
    key: 'refused',
    value: 'not-stored',
    lost: 'comes back from the store as an ordinary ArrayBuffer, no longer shared with anyone',
    fix: 'return a copy (new Uint8Array(shared).slice())',
  }),
  date: kind({ kind: 'date', what: 'a Date', key: 'encoded', value: 'round-trips', types: ['Date'] }),
  regexp: kind({ kind: 'regexp', what: 'a RegExp', key: 'encoded', value: 'round-trips', types: ['RegExp'] }),
  map: kind({
    kind: 'map',
    what: 'a Map',
    key: 'encoded',
    value: 'round-trips',
    types: ['Map', 'ReadonlyMap'],
    container: true,
  }),
  set: kind({
    kind: 'set',
    what: 'a Set',
    key: 'encoded',
    value: 'round-trips',
    types: ['Set', 'ReadonlySet'],
    container: true,
  }),
  builtInSubclass: kind({
    kind: 'built-in-subclass',
    what: 'a subclass of a built-in collection (Array, Map, Set, Date, RegExp, ArrayBuffer)',
    key: 'encoded',
    value: 'not-stored',
    lost: 'comes back from the store as the built-in base class, without its own methods',
    fix: 'return the built-in type and wrap it after the call',
  }),
  url: kind({
    kind: 'url',
    what: 'a URL',
    key: 'encoded',
    value: 'not-stored',
    lost: 'comes back from the store as an empty object',
    fix: 'return url.href',
    types: ['URL'],
  }),
  error: kind({
    kind: 'error',
    what: 'a built-in Error (message, stack and cause only)',
    key: 'refused',
    keyWhy: 'errors have no stable key encoding: key on its message or code',
    value: 'round-trips',
    types: ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'],
  }),
  aggregateError: kind({
    kind: 'aggregate-error',
    what: 'an AggregateError',
    key: 'refused',
    keyWhy: 'errors have no stable key encoding: key on its message or code',
    value: 'not-stored',
    lost: 'comes back from the store as a plain Error, without its `errors` list',
    fix: 'return the errors as plain data ({ message, errors: [...] })',
    types: ['AggregateError'],
  }),
  opaque: kind({
    kind: 'opaque',
    what: 'an object whose content is not observable (a Promise, a WeakMap, a stream, an AbortSignal)',
    key: 'refused',
    keyWhy: 'its content is not observable, so it has no stable encoding',
    value: 'not-stored',
    lost: 'has no content the store could keep',
    fix: 'await it or read it, and return what it holds',
    types: [
      'Promise',
      'PromiseLike',
      'WeakMap',
      'WeakSet',
      'WeakRef',
      'ReadableStream',
      'WritableStream',
      'Readable',
      'Writable',
      'Duplex',
      'Transform',
      'Stream',
      'AbortSignal',
    ],
  }),
  declared: kind({
    kind: 'key-form',
    what: 'an object with a [keyForm]() method',
    key: 'encoded',
    value: 'not-stored',
    lost: 'comes back from the store without its [keyForm]() method',
    fix: PLAIN_FIX,
  }),
  classInstance: kind({
    kind: 'class-instance',
    what: 'a class instance',
    key: 'refused',
    value: 'not-stored',
    lost: 'comes back from the store as a plain object without its methods',
    fix: PLAIN_FIX,
  }),
} as const satisfies Record<string, ValueKind>;

export type ValueKindName = keyof typeof VALUE_KINDS;

const BY_TYPE = new Map<string, ValueKind>(
  Object.values(VALUE_KINDS).flatMap((k: ValueKind) => (k.types ?? []).map((t) => [t, k] as const)),
);

/** The kind a built-in's TypeScript type names (`ReadonlyMap` -> map), or undefined for other types. */
export function kindOfType(name: string | undefined): ValueKind | undefined {
  return name !== undefined ? BY_TYPE.get(name) : undefined;
}

/** Every built-in type name the table knows, in table order. */
export const TYPE_NAMES: readonly string[] = [...BY_TYPE.keys()];
