/**
 * `invalidate(() => svc.m(args))` and `refresh(() => …)`: while the thunk runs (synchronously),
 * a memoised call does not answer; it hands its key and itself to the action instead, so the key
 * is computed exactly as the call computes it (same `this`, projector, fields).
 */
export type InterceptAction = 'invalidate' | 'refresh';

/** A memoised call caught by an intercept: what the action does with it. */
export interface Interceptable {
  invalidateCall(self: unknown, args: unknown[]): Promise<boolean>;
  refreshCall(self: unknown, args: unknown[]): Promise<unknown>;
}

let current: { action: InterceptAction; caught: Array<Promise<unknown>> } | undefined;

/** The intercept in force, if any: memoized-call.ts asks this first on every call. */
export function intercepting(): { action: InterceptAction; caught: Array<Promise<unknown>> } | undefined {
  return current;
}

/** Run `thunk` with memoised calls intercepted; returns what the caught calls' actions resolve to. */
export function runIntercepted(action: InterceptAction, thunk: () => unknown, what: string): Array<Promise<unknown>> {
  if (typeof thunk !== 'function')
    throw new TypeError(
      `${what}() takes a function that makes the memoised call: ${what}(() => service.method(args)).`,
    );
  if (current !== undefined)
    throw new TypeError(`${what}() was called inside another invalidate() or refresh() thunk.`);
  const caught: Array<Promise<unknown>> = [];
  current = { action, caught };
  try {
    const made = thunk();
    // the thunk's own promise (the caught call's, or an async wrapper's) is not awaited here
    if (made instanceof Promise) made.catch(() => {});
  } finally {
    current = undefined;
  }
  if (caught.length === 0) {
    throw new TypeError(
      `${what}(): the function made no memoised call. Pass a function that calls the memoised method synchronously, ` +
        `e.g. ${what}(() => profiles.get('u1')): a call made after an await, or of a method without @memoize, is not seen.`,
    );
  }
  return caught;
}
