import type { JsonValue } from './manifest-types';

/**
 * A value as canonical JSON data: object keys in code-unit order, `undefined` and functions
 * dropped, non-finite numbers as null. Serialising the result twice gives the same bytes.
 */
export function canonical(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.filter((v) => v !== undefined && typeof v !== 'function').map(canonical);
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value).sort(byCodeUnit)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      out[key] = canonical(v);
    }
    return out;
  }
  return String(value);
}

/** Locale-independent order: the same on every machine. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
