import { Stream } from 'node:stream';
import { VALUE_KINDS, type ValueKind } from '@keyproof/plan';

/**
 * The runtime's reading of the value table (`@keyproof/plan`'s value-table.ts, shared with the
 * transformer's type checks): which kind of the table a value is. The admission check
 * (check-storable.ts) refuses the kinds whose `value` is `not-stored`; the build refuses the
 * same kinds by type (91030, 91032).
 */
export { VALUE_KINDS, type ValueKind };

const BUILT_IN_VIEWS = new Set<object>(
  [
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
    DataView,
    Buffer,
  ].map((c) => c.prototype),
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
      return symbols.some((s) => Object.prototype.propertyIsEnumerable.call(value, s))
        ? VALUE_KINDS.symbolKeys
        : VALUE_KINDS.hiddenProperty;
    }
    return Object.getOwnPropertyNames(value).length === Object.keys(value).length
      ? VALUE_KINDS.plainObject
      : VALUE_KINDS.hiddenProperty;
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
  if (typeof AggregateError === 'function' && value instanceof AggregateError) return VALUE_KINDS.aggregateError;
  if (value instanceof Error) return VALUE_KINDS.error;
  if (isOpaque(value)) return VALUE_KINDS.opaque;
  if (typeof (value as { [KEY_FORM]?: unknown })[KEY_FORM] === 'function') return VALUE_KINDS.declared;
  return VALUE_KINDS.classInstance;
}

function exact(proto: unknown, base: { prototype: object }, k: ValueKind): ValueKind {
  return proto === base.prototype ? k : VALUE_KINDS.builtInSubclass;
}

/** Objects whose content is not observable: promises, weak collections, streams, abort signals. */
function isOpaque(value: object): boolean {
  return (
    value instanceof Promise ||
    value instanceof WeakMap ||
    value instanceof WeakSet ||
    (typeof WeakRef === 'function' && value instanceof WeakRef) ||
    value instanceof Stream ||
    (typeof ReadableStream === 'function' && value instanceof ReadableStream) ||
    (typeof WritableStream === 'function' && value instanceof WritableStream) ||
    (typeof AbortSignal === 'function' && value instanceof AbortSignal)
  );
}
