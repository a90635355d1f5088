/**
 * The value table: for each kind of JavaScript value, whether keyproof can hash it as a key
 * field (`key`) and whether a result of that kind comes back from the store exactly as it
 * went in (`value`). One rule, read by the runtime's admission check (check-storable.ts) and
 * meant for the transformer's return-type check to import, so that the build and the running
 * program refuse the same things.
 *
 * A kind whose `value` is `'not-stored'` is returned to the caller but never cached (reported
 * as `unstorable`): a hit would otherwise serve something else than the upstream returned
 * (another class, another prototype, fewer properties), silently.
 */
export interface ValueKind {
  /** Stable name, for tables and tools (`typed-array-subclass`). */
  readonly kind: string;
  /** What it is, as read in a message after "is": `a Uint8Array subclass`. */
  readonly what: string;
  /** As a key field: `encoded` (a stable canonical encoding) or `refused` (KeyEncodingError). */
  readonly key: 'encoded' | 'refused';
  /** As a result: `round-trips` (stored, comes back identical) or `not-stored`. */
  readonly value: 'round-trips' | 'not-stored';
  /** For `not-stored`: what the store would make of it. */
  readonly lost?: string;
  /** For `not-stored`: how to return something that can be cached. */
  readonly fix?: string;
}

function kind(k: ValueKind): ValueKind {
  return k;
}

const PLAIN_FIX = 'return plain data (objects, arrays, strings, numbers, Buffer/Uint8Array, Date, Map, Set, BigInt)';

export const VALUE_KINDS = {
  primitive: kind({ kind: 'primitive', what: 'undefined, null, a boolean, a number or a string', key: 'encoded', value: 'round-trips' }),
  bigint: kind({ kind: 'bigint', what: 'a BigInt', key: 'encoded', value: 'round-trips' }),
  symbol: kind({ kind: 'symbol', what: 'a symbol', key: 'refused', value: 'not-stored', lost: 'has no identity outside this process', fix: 'return a string' }),
  function: kind({ kind: 'function', what: 'a function', key: 'refused', value: 'not-stored', lost: 'cannot be serialised', fix: PLAIN_FIX }),
  array: kind({ kind: 'array', what: 'an array', key: 'encoded', value: 'round-trips' }),
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
  bytes: kind({ kind: 'bytes', what: 'a Buffer, Uint8Array or ArrayBuffer', key: 'encoded', value: 'round-trips' }),
  typedArray: kind({ kind: 'typed-array', what: 'a typed array or DataView', key: 'encoded', value: 'round-trips' }),
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
  date: kind({ kind: 'date', what: 'a Date', key: 'encoded', value: 'round-trips' }),
  regexp: kind({ kind: 'regexp', what: 'a RegExp', key: 'encoded', value: 'round-trips' }),
  map: kind({ kind: 'map', what: 'a Map', key: 'encoded', value: 'round-trips' }),
  set: kind({ kind: 'set', what: 'a Set', key: 'encoded', value: 'round-trips' }),
  builtInSubclass: kind({
    kind: 'built-in-subclass',
    what: 'a subclass of a built-in collection (Array, Map, Set, Date, RegExp, ArrayBuffer)',
    key: 'encoded',
    value: 'not-stored',
    lost: 'comes back from the store as the built-in base class, without its own methods',
    fix: 'return the built-in type and wrap it after the call',
  }),
  url: kind({ kind: 'url', what: 'a URL', key: 'encoded', value: 'not-stored', lost: 'comes back from the store as an empty object', fix: 'return url.href' }),
  error: kind({ kind: 'error', what: 'a built-in Error (message, stack and cause only)', key: 'refused', value: 'round-trips' }),
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

const BUILT_IN_VIEWS = new Set<object>(
  [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView, Buffer].map(
    (c) => c.prototype,
  ),
);
/** `keyForm` from encode-key (a registered symbol, so this table does not depend on the encoder). */
const KEY_FORM = Symbol.for('keyproof.keyForm');
const hasShared = typeof SharedArrayBuffer === 'function';

/** The kind of one value, looking no deeper than its own properties (containers are walked by the caller). */
export function kindOf(value: unknown): ValueKind {
  switch (typeof value) {
    case 'bigint':
      return VALUE_KINDS.bigint;
    case 'symbol':
      return VALUE_KINDS.symbol;
    case 'function':
      return VALUE_KINDS.function;
    case 'object':
      return value === null ? VALUE_KINDS.primitive : objectKind(value);
    default:
      return VALUE_KINDS.primitive;
  }
}

function objectKind(value: object): ValueKind {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype) {
    const symbols = Object.getOwnPropertySymbols(value);
    if (symbols.length > 0) {
      if (typeof (value as { [KEY_FORM]?: unknown })[KEY_FORM] === 'function') return VALUE_KINDS.declared;
      return symbols.some((s) => Object.prototype.propertyIsEnumerable.call(value, s)) ? VALUE_KINDS.symbolKeys : VALUE_KINDS.hiddenProperty;
    }
    return Object.getOwnPropertyNames(value).length === Object.keys(value).length ? VALUE_KINDS.plainObject : VALUE_KINDS.hiddenProperty;
  }
  if (Array.isArray(value)) return proto === Array.prototype ? VALUE_KINDS.array : VALUE_KINDS.builtInSubclass;
  if (proto === null) return VALUE_KINDS.nullPrototype;
  if (ArrayBuffer.isView(value)) {
    if (hasShared && value.buffer instanceof SharedArrayBuffer) return VALUE_KINDS.shared;
    if (!BUILT_IN_VIEWS.has(proto as object)) return VALUE_KINDS.viewSubclass;
    return value instanceof Uint8Array ? VALUE_KINDS.bytes : VALUE_KINDS.typedArray;
  }
  if (hasShared && value instanceof SharedArrayBuffer) return VALUE_KINDS.shared;
  if (value instanceof ArrayBuffer) return exact(proto, ArrayBuffer, VALUE_KINDS.bytes);
  if (value instanceof Date) return exact(proto, Date, VALUE_KINDS.date);
  if (value instanceof RegExp) return exact(proto, RegExp, VALUE_KINDS.regexp);
  if (value instanceof Map) return exact(proto, Map, VALUE_KINDS.map);
  if (value instanceof Set) return exact(proto, Set, VALUE_KINDS.set);
  if (value instanceof URL) return VALUE_KINDS.url;
  if (value instanceof Error) return VALUE_KINDS.error;
  if (typeof (value as { [KEY_FORM]?: unknown })[KEY_FORM] === 'function') return VALUE_KINDS.declared;
  return VALUE_KINDS.classInstance;
}

function exact(proto: unknown, base: { prototype: object }, k: ValueKind): ValueKind {
  return proto === base.prototype ? k : VALUE_KINDS.builtInSubclass;
}
