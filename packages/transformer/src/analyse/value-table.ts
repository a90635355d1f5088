/**
 * What keyproof can hash into a key and keep in the store, by the built-in a type names. One
 * table for every type check of the transformer (key fields, 91030; results, 91032), written as
 * plain data so it can move to a module shared with the runtime's key encoder
 * (`encode-key.ts`) and codec (`codec.ts` + `check-storable.ts`), which must agree with it row
 * by row. Types not named here: plain objects and arrays are hashed and stored by content;
 * class instances are refused on both sides (key: unless the class declares `[keyForm]()`;
 * store: any class, methods or not, comes back as a plain object), functions and symbols too.
 */
export interface ValueRow {
  /** The built-in as TypeScript names its type. */
  readonly name: string;
  /** In a key: hashed by content, or refused (with why). */
  readonly key: 'hashed' | 'refused';
  /** In the store: comes back identical in type and content, or refused (with why). */
  readonly store: 'round-trips' | 'refused';
  /** Type arguments are values too (checked in turn). */
  readonly container?: true;
  /** Why it is refused, where it is. */
  readonly why?: string;
}

const TYPED_ARRAYS = ['Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
const OPAQUE = ['Promise', 'PromiseLike', 'WeakMap', 'WeakSet', 'WeakRef', 'ReadableStream', 'WritableStream', 'Readable', 'Writable', 'Duplex', 'Transform', 'Stream', 'AbortSignal'];
const ERRORS = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];

export const VALUE_TABLE: readonly ValueRow[] = [
  { name: 'Date', key: 'hashed', store: 'round-trips' },
  { name: 'RegExp', key: 'hashed', store: 'round-trips' },
  { name: 'Map', key: 'hashed', store: 'round-trips', container: true },
  { name: 'ReadonlyMap', key: 'hashed', store: 'round-trips', container: true },
  { name: 'Set', key: 'hashed', store: 'round-trips', container: true },
  { name: 'ReadonlySet', key: 'hashed', store: 'round-trips', container: true },
  { name: 'Array', key: 'hashed', store: 'round-trips', container: true },
  { name: 'ReadonlyArray', key: 'hashed', store: 'round-trips', container: true },
  { name: 'ArrayBuffer', key: 'hashed', store: 'round-trips' },
  { name: 'DataView', key: 'hashed', store: 'round-trips' },
  { name: 'Buffer', key: 'hashed', store: 'round-trips' },
  ...TYPED_ARRAYS.map((name): ValueRow => ({ name, key: 'hashed', store: 'round-trips' })),
  { name: 'URL', key: 'hashed', store: 'refused', why: 'a URL instance comes back from the store as a plain object (return its href)' },
  ...ERRORS.map((name): ValueRow => ({ name, key: 'refused', store: 'round-trips', why: 'errors have no stable key encoding: key on its message or code' })),
  { name: 'AggregateError', key: 'refused', store: 'refused', why: 'its `errors` list is not kept by the store, and errors have no stable key encoding' },
  ...OPAQUE.map((name): ValueRow => ({ name, key: 'refused', store: 'refused', why: 'its content is not observable, so it has no stable encoding' })),
];

const BY_NAME = new Map(VALUE_TABLE.map((row) => [row.name, row]));

/** The table's row for a built-in, by the name of its type. */
export function valueRow(name: string | undefined): ValueRow | undefined {
  return name !== undefined ? BY_NAME.get(name) : undefined;
}

/** Typed arrays: a subclass of one comes back from the store as the base class. */
export const TYPED_ARRAY_NAMES: ReadonlySet<string> = new Set(TYPED_ARRAYS);
