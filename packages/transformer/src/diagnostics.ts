import type { Severity } from './types';

/**
 * Every diagnostic keyproof reports, in one place. Codes are stable: a code is never reused
 * for another meaning. The README's table is this table.
 */
export const Diagnostics = {
  // Annotations that cannot be enforced
  UnknownName: {
    code: 91001,
    severity: 'error',
    title: '@excludeFromKey / @cacheKey names a parameter that does not exist',
  },
  UnknownPath: {
    code: 91002,
    severity: 'error',
    title: 'a key path names a property the parameter type does not have',
  },
  Contradiction: { code: 91003, severity: 'error', title: 'contradictory annotations on one parameter' },
  MalformedAnnotation: { code: 91004, severity: 'error', title: 'an annotation keyproof cannot read' },
  UnplannableArguments: {
    code: 91005,
    severity: 'error',
    title: '`arguments` in a memoised method, or a pick, omission or normaliser on a rest parameter',
  },
  DuplicateId: { code: 91006, severity: 'error', title: 'two memoised methods share one id' },
  NotPromise: { code: 91007, severity: 'error', title: 'a memoised method must return a Promise' },
  Unplannable: { code: 91008, severity: 'error', title: 'memoize(...) argument keyproof cannot plan' },
  // Excluded values that still reach the key
  ExcludedInDefault: {
    code: 91010,
    severity: 'error',
    title: 'an excluded parameter reaches the key through a default value or normaliser',
  },
  ExcludedInType: { code: 91011, severity: 'error', title: 'an excluded value is carried by another key parameter' },
  ExcludedAtCallSite: {
    code: 91012,
    severity: 'error',
    title: 'a call site passes an excluded value into a key position',
  },
  ExcludedReturned: {
    code: 91013,
    severity: 'error',
    title: 'a memoised body returns an excluded parameter',
  },
  // Per-call values in the key
  PerCallAtCallSite: { code: 91020, severity: 'error', title: 'a per-call value flows into a key argument' },
  PerCallType: { code: 91021, severity: 'error', title: 'a key parameter is typed PerCall<T>' },
  PerCallDefault: { code: 91022, severity: 'error', title: 'a key parameter defaults to a per-call value' },
  // Encodings
  UnencodableKey: { code: 91030, severity: 'error', title: 'a key field has no stable encoding' },
  LooseKeyType: { code: 91031, severity: 'warning', title: 'a key field is typed any / unknown' },
  UnstorableReturn: { code: 91032, severity: 'error', title: 'the return type cannot round-trip through the store' },
  // Nothing less: inputs that are not arguments
  UndecidedField: {
    code: 91040,
    severity: 'error',
    title: 'a memoised body reads a plain-data class field with no key decision',
  },
  EnvRead: { code: 91041, severity: 'warning', title: 'a memoised body reads process.env' },
  MutableModuleRead: { code: 91042, severity: 'warning', title: 'a memoised body reads a module-level `let`' },
  EnvInOutput: {
    code: 91044,
    severity: 'error',
    title: 'a memoised body sends a process.env value upstream (or returns it)',
  },
  MutableModuleInOutput: {
    code: 91045,
    severity: 'error',
    title: 'a memoised body sends a module-level `let` upstream (or returns it)',
  },
  UndecidedInput: {
    code: 91046,
    severity: 'error',
    title:
      'a memoised body sends upstream (or returns) a value it reads from outside its parameters, with no key decision',
  },
  DroppedByAllowList: {
    code: 91048,
    severity: 'error',
    title: 'a parameter the @cacheKey allow-list leaves out is sent upstream or returned',
  },
  ClockRead: { code: 91043, severity: 'warning', title: 'a memoised body reads the clock or a random source' },
  // Heuristics
  PerCallName: { code: 91050, severity: 'warning', title: 'a key parameter is named like a per-call value' },
  UnenforcedClaim: {
    code: 91051,
    severity: 'warning',
    title: 'the docstring claims an exclusion that names no parameter, and nothing is excluded',
  },
  ClaimContradicted: {
    code: 91052,
    severity: 'error',
    title: 'the docstring says a parameter is not part of the key, but the plan hashes it',
  },
  // Tags (issue 20): a tag is part of the key's contract (analyse/check-tags.ts, check-tag-invalidations.ts)
  TagNameNotLiteral: {
    code: 91060,
    severity: 'error',
    title: 'a tag name is not a string literal (or `tags` is not a function keyproof can read)',
  },
  TagPartNotKey: {
    code: 91061,
    severity: 'error',
    title: 'a tag part comes from a value that is not a key field or a constant',
  },
  UnknownTag: { code: 91062, severity: 'error', title: 'invalidateTag names a tag no memoised method declares' },
  UnknownMethodId: { code: 91063, severity: 'error', title: 'invalidateMethod names an id no memoised method has' },
  TagPartsMismatch: {
    code: 91064,
    severity: 'error',
    title: 'a tag is invalidated with another number of parts than it is declared with',
  },
  // The keys review (`keyproof.keys.json`, manifest/check-against-manifest.ts): warnings when
  // the file is written, errors under `frozen`; not findings of the analyser, so not acknowledgeable
  KeyChanged: {
    code: 91070,
    severity: 'warning',
    review: true,
    title: "a method's key changed since keyproof.keys.json was written: existing entries are orphaned",
  },
  BodyChanged: {
    code: 91071,
    severity: 'warning',
    review: true,
    title: 'a body changed but its version did not: cached answers of the old body will be served',
  },
  VersionChanged: {
    code: 91072,
    severity: 'warning',
    review: true,
    title: "a method's version changed since keyproof.keys.json was written",
  },
  MethodAdded: {
    code: 91073,
    severity: 'warning',
    review: true,
    title: 'a memoised method is not in keyproof.keys.json',
  },
  MethodRemoved: {
    code: 91074,
    severity: 'warning',
    review: true,
    title: 'keyproof.keys.json lists a method the program no longer has',
  },
  DescriptionChanged: {
    code: 91075,
    severity: 'warning',
    review: true,
    title: 'a recorded fact that touches no entry changed (file, exclusion reason)',
  },
  TagsChanged: {
    code: 91077,
    severity: 'warning',
    review: true,
    title: "a method's tags changed since keyproof.keys.json was written: entries stored before carry the old tags",
  },
  ManifestUnreadable: {
    code: 91076,
    severity: 'warning',
    review: true,
    title: 'keyproof.keys.json is missing or unreadable',
  },
  // Setup
  NoTypeInformation: { code: 91090, severity: 'warning', title: 'no type information: type-based checks skipped' },
  InternalError: { code: 91099, severity: 'error', title: 'keyproof failed on this method' },
} as const satisfies Record<string, { code: number; severity: Severity; title: string; review?: true }>;

export type DiagnosticKind = keyof typeof Diagnostics;
