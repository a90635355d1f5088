/**
 * Fresh copies of plain data without decoding bytes: a front-cache hit whose value is plain
 * data (strings, numbers, booleans, null, undefined, bigints, plain objects and dense arrays of
 * them, each object reached once) copies a private decoded form instead of running the V8
 * deserialiser. The copy is what decoding the same bytes gives: new objects and arrays with the
 * same prototypes, properties in the same order, the same primitives; primitives are immutable
 * and are handed out as they are. Anything else (Date, Map, Set, typed arrays, class instances,
 * a shared or cyclic reference, holes) is decoded from bytes as before.
 */

/** Values larger than this (objects, arrays and their members) are decoded from bytes. */
const MAX_NODES = 256;
const MAX_DEPTH = 32;

/**
 * True when `copyPlain(value)` makes a copy indistinguishable from a fresh decode of value's
 * encoding. `value` must itself be a fresh decode (so it has no getters, no symbols, no frozen parts).
 */
export function isPlainData(value: unknown): boolean {
  const seen = new Set<object>();
  const visit = (v: unknown, depth: number): boolean => {
    if (typeof v !== 'object' || v === null) return typeof v !== 'function' && typeof v !== 'symbol';
    if (depth > MAX_DEPTH || seen.has(v) || seen.size >= MAX_NODES) return false; // deep, shared or cyclic, large
    seen.add(v);
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) return false;
      const keys = Object.keys(v);
      // dense, and nothing but its elements (the serialiser keeps extra properties)
      if (keys.length !== v.length) return false;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== String(i) || !visit(v[i], depth + 1)) return false;
      return true;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    if (Object.getOwnPropertySymbols(v).length > 0 || Object.getOwnPropertyNames(v).length !== Object.keys(v).length)
      return false;
    for (const k of Object.keys(v)) {
      if (k === '__proto__' || !visit((v as Record<string, unknown>)[k], depth + 1)) return false;
    }
    return true;
  };
  return visit(value, 0);
}

/** A fresh copy of plain data (see `isPlainData`): every object and array new, primitives as they are. */
export function copyPlain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const n = value.length;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = copyPlain(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    out[k] = copyPlain((value as Record<string, unknown>)[k]);
  }
  return out;
}
