import type * as ts from 'typescript';
import type { Finding } from './finding';
import type { DocComment, DocTag } from './read-jsdoc';

/* What a memoised method's key annotations say: its parameters and the marks written on them. */

/** A parameter of a memoised function, as the plan sees it. */
export interface ParamInfo {
  readonly index: number;
  /** The identifier, or the binding pattern's text (`{ a, b }`). */
  readonly name: string;
  readonly node: ts.ParameterDeclaration;
  readonly isRest: boolean;
  /** Names bound by a destructuring pattern (empty for an identifier). */
  readonly bindingNames: readonly string[];
}

/** Where an annotation sits, for diagnostics. */
type Span = { readonly node: ts.Node } | { readonly tag: DocTag };

/** One key decision written by the user about a parameter (or a path into it). */
export interface Mark {
  readonly kind: 'include' | 'exclude';
  /** How it was written: `@cacheKey`, `@notKey`, `@excludeFromKey`, `@cacheKey tag`. */
  readonly via: string;
  /** The parameter name as written. */
  readonly param: string;
  /** Property path below the parameter (`req.jobId` -> `['jobId']`), empty for the whole. */
  readonly path: readonly string[];
  /** `@cacheKey('name', 'colors')` property picks. */
  readonly picks?: readonly string[];
  /** `@cacheKey(normalize.text)`: the normaliser expression. */
  readonly normalizer?: ts.Expression;
  readonly reason: string;
  /**
   * For an exclusion: the key parameter that already carries the excluded value's identity
   * (`@excludeFromKey sourceBytes captured-by sourceHash`, or "… captured by sourceHash" in the
   * reason). Flow from the excluded value into that parameter is expected.
   */
  readonly capturedBy?: string;
  /** True when written with the `captured-by` keyword (then it must name a key parameter). */
  readonly capturedByKeyword?: boolean;
  readonly span: Span;
}

export interface Annotations {
  readonly params: readonly ParamInfo[];
  readonly marks: readonly Mark[];
  readonly doc: DocComment;
  /** Start offsets of annotation-only decorators to remove from the output. */
  readonly strip: readonly number[];
  readonly findings: readonly Finding[];
}
