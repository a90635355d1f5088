import { kindOf, VALUE_KINDS, type ValueKind } from './value-kinds.js';

/** Why a result must not be stored, and what to return instead. */
export interface Unstorable {
  readonly reason: string;
  readonly fix: string;
}

/**
 * Find the first part of a result that would not come back from the store as it went in
 * (a kind whose `value` is `not-stored` in the value table, value-kinds.ts): functions,
 * symbols, class instances, subclasses of built-ins, null-prototype objects, hidden
 * properties, shared memory. Returns what and where (its path), or undefined when safe.
 */
export function findUnstorable(value: unknown, path = 'result', seen = new Set<object>()): Unstorable | undefined {
  if (typeof value !== 'object' || value === null) {
    const k = kindOf(value);
    return k.value === 'not-stored' ? unstorable(k, path, value) : undefined;
  }
  if (seen.has(value)) return undefined;
  seen.add(value);
  const k = kindOf(value);
  if (k.value === 'not-stored') return unstorable(k, path, value);
  switch (k) {
    case VALUE_KINDS.array:
      return firstOf(value as unknown[], (v, i) => findUnstorable(v, `${path}[${i}]`, seen));
    case VALUE_KINDS.plainObject:
      return firstOf(Object.keys(value), (key) => findUnstorable((value as Record<string, unknown>)[key], `${path}.${key}`, seen));
    case VALUE_KINDS.map:
      return firstOf([...(value as Map<unknown, unknown>)], ([key, v], i) => findUnstorable(key, `${path}<key ${i}>`, seen) ?? findUnstorable(v, `${path}.get(${i})`, seen));
    case VALUE_KINDS.set:
      return firstOf([...(value as Set<unknown>)], (v, i) => findUnstorable(v, `${path}<item ${i}>`, seen));
    case VALUE_KINDS.error:
      return unstorableError(value as Error, path, seen);
    default:
      return undefined;
  }
}

function firstOf<T>(items: readonly T[], check: (item: T, i: number) => Unstorable | undefined): Unstorable | undefined {
  for (let i = 0; i < items.length; i++) {
    const bad = check(items[i]!, i);
    if (bad) return bad;
  }
  return undefined;
}

function unstorable(k: ValueKind, path: string, value: unknown): Unstorable {
  const name = (value as { constructor?: { name?: string } } | null)?.constructor?.name;
  const what =
    k === VALUE_KINDS.classInstance ? `an instance of ${name || 'a custom prototype'}` : k === VALUE_KINDS.viewSubclass || k === VALUE_KINDS.builtInSubclass ? `${k.what} (${name || 'anonymous'})` : k.what;
  return { reason: `${path} is ${what}, which ${k.lost}`, fix: k.fix ?? '' };
}

/** What V8's serialiser keeps of an error: its built-in class, `message`, `stack` and `cause`. */
const BUILT_IN_ERRORS = new Set<object>([Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((c) => c.prototype));
const KEPT_ERROR_PROPS = new Set(['message', 'stack', 'cause']);
const ERROR_FIX = 'return the error as plain data ({ name, message, status, … })';

function unstorableError(error: Error, path: string, seen: Set<object>): Unstorable | undefined {
  const proto = Object.getPrototypeOf(error) as object | null;
  if (proto === null || !BUILT_IN_ERRORS.has(proto)) {
    const name = (error as { constructor?: { name?: string } }).constructor?.name || 'a custom error class';
    return { reason: `${path} is an instance of ${name}, which comes back from the store as a plain Error (its class and extra properties lost)`, fix: ERROR_FIX };
  }
  const extra = Object.getOwnPropertyNames(error).find((k) => !KEPT_ERROR_PROPS.has(k));
  if (extra !== undefined) {
    return { reason: `${path} is an error with the property "${extra}", which the store does not keep (only message, stack and cause)`, fix: ERROR_FIX };
  }
  return 'cause' in error ? findUnstorable(error.cause, `${path}.cause`, seen) : undefined;
}
