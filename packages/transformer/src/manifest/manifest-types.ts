/**
 * `keyproof.keys.json`: a lockfile for cache keys. Plain data, written sorted and stable so
 * that a review shows exactly what changed about a key.
 */

/** The manifest format; a reader refuses any other. */
export const MANIFEST_FORMAT = 'keyproof-keys/1';

/** The default file name, next to the tsconfig. */
export const MANIFEST_FILE = 'keyproof.keys.json';

/** A value as JSON holds it (key fields and exclusions may carry fields a newer analyser adds). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One key field or exclusion as recorded: the analyser's object, canonicalised. */
export type RecordedField = { readonly [key: string]: JsonValue };

/**
 * Fingerprint of one piece of code that can change the answer without changing the key: the
 * memoised body itself, or a function, method, constant or class field of the program it
 * reaches. `code` hashes the token stream with literals masked; `text` hashes the literals
 * (prompt text, model names, URLs), so a review can say which of the two changed.
 */
export interface PartFingerprint {
  readonly code: string;
  readonly text: string;
}

/** What can change a method's answers without changing its key. */
export interface BodyFingerprint {
  /** Hash over every part: equal fingerprints mean no part changed. */
  readonly fingerprint: string;
  /**
   * Part name -> fingerprint. The memoised function itself is `(body)`; the others are
   * `file#Name` (`src/prompt.ts#buildPrompt`, `src/client.ts#Client.send`).
   */
  readonly parts: { readonly [name: string]: PartFingerprint };
  /** Present (true) when the walk stopped at its bound: parts beyond it are not watched. */
  readonly truncated?: true;
}

/** A person's decision that a body change keeps the cached answers valid. */
export interface Acceptance {
  /** `git config user.name`, else `$USER`. */
  readonly by: string;
  /** ISO 8601, UTC, whole seconds. */
  readonly at: string;
  /** The version the change was accepted under. */
  readonly version: string;
  /** Body fingerprint before and after the accepted change. */
  readonly from: string;
  readonly to: string;
}

/**
 * A person's decision that a key or version change is worth what it costs: every entry of the
 * old plan is orphaned and recomputed (`keyproof review --max-respend` stops failing on it).
 * `from` and `to` are the plans as `version@signature`, before and after.
 */
export interface RespendAcceptance {
  readonly by: string;
  readonly at: string;
  readonly from: string;
  readonly to: string;
}

/**
 * One tag a method declares (`tags: ({ userId }) => [tag('user', userId)]`): its name, and where
 * each part comes from (`{ "field": "userId" }`, `{ "constant": "public" }`).
 */
export interface RecordedTag {
  readonly name: string;
  readonly parts: readonly RecordedField[];
}

/** One memoised method or function, by id. */
export interface MethodEntry {
  /** Source file relative to the tsconfig's directory (no line: lines move with every edit). */
  readonly source: string;
  readonly version: string;
  /** The plan signature: part of every key digest. */
  readonly signature: string;
  readonly key: readonly RecordedField[];
  readonly excluded: readonly RecordedField[];
  /** The tags its entries carry, in declaration order; absent when it declares none. */
  readonly tags?: readonly RecordedTag[];
  readonly body: BodyFingerprint;
  /** Present when a body change without a version bump was accepted. */
  readonly accepted?: Acceptance;
  /** Present when the re-spend of a key or version change was accepted. */
  readonly respendAccepted?: RespendAcceptance;
}

/** A method's plan as `version@signature`: what a re-spend acceptance names. */
export function planIdentity(entry: Pick<MethodEntry, 'version' | 'signature'>): string {
  return `${entry.version}@${entry.signature}`;
}

export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly methods: { readonly [id: string]: MethodEntry };
}

/** What the comparison needs to know about a method in the program, beyond its entry. */
export interface MethodSite {
  readonly fileName: string;
  readonly start: number;
  /** The `ttl` option as written (`'30d'`, `86400000`), or undefined for none. */
  readonly ttl: string | undefined;
}

/** A manifest built from a program, with where each method lives (for diagnostics). */
export interface BuiltManifest {
  readonly manifest: Manifest;
  readonly sites: ReadonlyMap<string, MethodSite>;
}
