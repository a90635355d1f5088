import { InvalidPlanError } from './errors.js';

/** Who holds each method id in this process. */
const claims = new Map<string, { source: string; fn: unknown; what: string }>();

/**
 * Take `id` for one memoised method, or refuse: the id is the namespace of its keys, so two
 * methods under one id would read each other's entries and serve each other's results.
 * The same method may claim its id again (a module evaluated twice): the same plan source,
 * or, without a plan (`unplanned`), the very same function.
 */
export function claimId(id: string, source: string, fn: unknown, what: string): void {
  const held = claims.get(id);
  const planned = source !== 'unplanned';
  if (held && (held.source !== source || (!planned && held.fn !== fn))) {
    const holder =
      held.source === 'unplanned' ? `memoised ${held.what} (no key plan)` : `memoised method at ${held.source}`;
    throw new InvalidPlanError(
      `${id} (${planned ? source : what})`,
      `the id "${id}" is already used by the ${holder}; ` +
        `two methods under one id share cache entries and would serve each other's results. ` +
        `Give one of them memoize({ id: '…' })`,
    );
  }
  claims.set(id, { source, fn, what });
}
