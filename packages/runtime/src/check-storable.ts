/**
 * Find the first part of a result that would not come back from the store as it went in:
 * functions, symbols, class instances (their methods and prototype are lost), promises,
 * weak collections. Returns a description with its path, or undefined when the value is safe.
 */
export function findUnstorable(value: unknown, path = 'result', seen = new Set<object>()): string | undefined {
  switch (typeof value) {
    case 'function':
      return `${path} is a function`;
    case 'symbol':
      return `${path} is a symbol`;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null || seen.has(value)) return undefined;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date || value instanceof RegExp) {
    return undefined;
  }
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findUnstorable(value[i], `${path}[${i}]`, seen);
      if (bad) return bad;
    }
    return undefined;
  }
  if (value instanceof Map) {
    let i = 0;
    for (const [k, v] of value) {
      const bad = findUnstorable(k, `${path}<key ${i}>`, seen) ?? findUnstorable(v, `${path}.get(${i})`, seen);
      if (bad) return bad;
      i++;
    }
    return undefined;
  }
  if (value instanceof Set) {
    let i = 0;
    for (const v of value) {
      const bad = findUnstorable(v, `${path}<item ${i++}>`, seen);
      if (bad) return bad;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (value instanceof Error) return unstorableError(value, proto, path, seen);
  if (proto !== Object.prototype && proto !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name || 'a custom prototype';
    return `${path} is an instance of ${name}, which comes back from the store as a plain object without its methods`;
  }
  for (const key of Object.keys(value)) {
    const bad = findUnstorable((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (bad) return bad;
  }
  return undefined;
}

/** What V8's serialiser keeps of an error: its built-in class, `message`, `stack` and `cause`. */
const BUILT_IN_ERRORS = new Set<object>([Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((c) => c.prototype));
const KEPT_ERROR_PROPS = new Set(['message', 'stack', 'cause']);

function unstorableError(error: Error, proto: object | null, path: string, seen: Set<object>): string | undefined {
  if (proto === null || !BUILT_IN_ERRORS.has(proto)) {
    const name = (error as { constructor?: { name?: string } }).constructor?.name || 'a custom error class';
    return `${path} is an instance of ${name}, which comes back from the store as a plain Error (its class and extra properties lost)`;
  }
  const extra = Object.getOwnPropertyNames(error).find((k) => !KEPT_ERROR_PROPS.has(k));
  if (extra !== undefined) return `${path} is an error with the property "${extra}", which the store does not keep (only message, stack and cause)`;
  return 'cause' in error ? findUnstorable(error.cause, `${path}.cause`, seen) : undefined;
}
