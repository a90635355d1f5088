import type * as ts from 'typescript';
import { Diagnostics } from '../diagnostics';
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

/**
 * 91090 for a file a source host planned outside its tsconfig's program (a test file that
 * "include" leaves out, under Vitest): that host is not transpile-only, the file is just not
 * in the program. Rewrites the message of `diagnostics`' 91090, if any, to say so and how to
 * include it.
 */
export function outsideProgram<D extends { readonly code: number; readonly message: string }>(
  diagnostics: readonly D[],
  file: string,
  config: string,
): D[] {
  const message =
    `keyproof planned ${file} from its syntax alone: the file is not in the program of ${config} (its "include" or "files" leave it out), ` +
    'so there were no types, and the checks that need them were skipped (key field encodings, return types, PerCall<T>, excluded values carried by other parameters, call sites, class field decisions). ' +
    `Fix: add the file to ${config}'s "include", or pass the plugin a tsconfig that includes it (keyproof({ tsconfig: 'tsconfig.test.json' })).`;
  return diagnostics.map((d) => (d.code === Diagnostics.NoTypeInformation.code ? { ...d, message } : d));
}

/** keyproof failed while `doing` (a bug): reported with the stack, and the part is left unplanned. */
export function internalError(at: ts.Node | undefined, doing: string, error: unknown): Finding {
  const described = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return finding('InternalError', at, `keyproof could not ${doing}. Please report this: ${described}`);
}
