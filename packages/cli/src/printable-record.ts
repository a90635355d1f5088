import { printable } from 'keyproof/store';

/**
 * A record read from a store, every string in it (keys included) made printable on one line:
 * a stored version or field name holding a newline or a bidirectional control (U+202E) cannot
 * forge a line of a report (`Total 0 calls`) or turn one around. For text reports; JSON output
 * escapes them itself.
 */
export function printableRecord<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return printable(value);
  if (Array.isArray(value)) return value.map(walk);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), walk(v)]));
}
