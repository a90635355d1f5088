import type * as ts from 'typescript';
import { finding, type Finding } from './finding';

/**
 * Findings about the run itself rather than about a method's key: no type information (91090)
 * and keyproof's own failures (91099), which leave the method or file unplanned.
 */
export function noTypeInformation(): Finding {
  return finding(
    'NoTypeInformation',
    undefined,
    'keyproof ran without type information (a transpile-only host): key plans were made from syntax, and the checks that need types were skipped ' +
      '(key field encodings, return types, PerCall<T>, excluded values carried by other parameters, call sites, class field decisions). ' +
      'Fix: build with `tspc` (or run `keyproof check`) to get every check.',
  );
}

/** keyproof failed while `doing` (a bug): reported with the stack, and the part is left unplanned. */
export function internalError(at: ts.Node | undefined, doing: string, error: unknown): Finding {
  const described = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return finding('InternalError', at, `keyproof could not ${doing}. Please report this: ${described}`);
}
