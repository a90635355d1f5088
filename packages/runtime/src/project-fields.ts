import type { KeyField } from './plan.js';

/**
 * Apply a field's `pick` (key on exactly these property paths) or `omit` (key on the value
 * without these paths) to the value the projector returned. Values without either pass
 * through untouched; nothing is copied unless a path says so.
 */
export function projectField(field: KeyField, value: unknown): unknown {
  if (field.pick && field.pick.length > 0) return pickPaths(value, field.pick);
  if (field.omit && field.omit.length > 0) return omitPaths(value, field.omit);
  return value;
}

function pickPaths(value: unknown, paths: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) out[path] = readPath(value, path.split('.'));
  return out;
}

function readPath(value: unknown, parts: readonly string[]): unknown {
  let cur = value;
  for (const part of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function omitPaths(value: unknown, paths: readonly string[]): unknown {
  let out = value;
  for (const path of paths) out = withoutPath(out, path.split('.'));
  return out;
}

/** A shallow copy along the path only, so the caller's object is never mutated. */
function withoutPath(value: unknown, parts: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || parts.length === 0) return value;
  const [head, ...rest] = parts as [string, ...string[]];
  if (!Object.hasOwn(value, head)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head];
  else copy[head] = withoutPath(copy[head], rest);
  return copy;
}
