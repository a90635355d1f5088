/**
 * The errors a caller can act on at run time are KeyproofErrors with a stable `code` to match
 * on; KeyEncodingError (a key value with no stable encoding) is a TypeError with a code. A
 * misuse caught where it is written (a bad option value, `@memoize` on something that is not
 * a method, a bad TTL) is a plain TypeError, like any library's argument check. Messages say
 * what is wrong, where, why it matters for the cache, and the fix.
 */
export class KeyproofError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'KeyproofError';
  }
}

/** A method reached the runtime without a key plan: the build did not run the transformer. */
export class MissingPlanError extends KeyproofError {
  constructor(what: string) {
    super(
      'KEYPROOF_NO_PLAN',
      `${what} is memoised but has no key plan.\n` +
        `Without a plan keyproof cannot know which arguments belong in the cache key, and a key that ` +
        `silently includes a per-call value (a job ID, a timestamp) never hits.\n` +
        `If the build that emitted this file reported keyproof errors: with noEmitOnError the transformer left the plans ` +
        `out so that no wrong key runs. Fix those errors (\`keyproof check -p .\` lists them) and rebuild.\n` +
        `Otherwise the keyproof transformer did not compile this file: ${hostFix()} To key on every argument without ` +
        `a plan, pass { unplanned: 'all-arguments' } to memoize() (a warning is printed once).`,
    );
    this.name = 'MissingPlanError';
  }
}

/**
 * The fix for the host this process seems to run under: each host gets its plans from its own
 * keyproof plugin (see the README's host table).
 */
function hostFix(): string {
  const env = process.env;
  const args = [...process.execArgv, process.argv[1] ?? ''].join(' ');
  const tspc =
    `add { "transform": "@keyproof/transformer" } to compilerOptions.plugins in tsconfig.json and build with \`tspc\` ` +
    `(from ts-patch) instead of \`tsc\` (other hosts: see the README's host table).`;
  let detected: string | undefined;
  if (env.VITEST !== undefined) {
    detected = `Vitest: add keyproof's Vite plugin to vitest.config (import { keyproof } from '@keyproof/transformer/vite'; plugins: [keyproof()])`;
  } else if (env.JEST_WORKER_ID !== undefined) {
    detected = `Jest: with ts-jest, add astTransformers: { before: [require.resolve('@keyproof/transformer/ts-jest')] } to its options`;
  } else if (/\btsx\b/.test(args) || /\.[mc]?tsx?$/.test(process.argv[1] ?? '')) {
    detected = `TypeScript run from source (tsx or Node's type stripping): load keyproof's module hook first (node --import @keyproof/transformer/register --import tsx app.ts)`;
  }
  return detected !== undefined ? `Detected host: ${detected}. For a build, ${tspc}` : `Fix: ${tspc}`;
}

/** A plan that this runtime cannot read (another format, or a signature that does not match). */
export class InvalidPlanError extends KeyproofError {
  constructor(what: string, why: string) {
    super(
      'KEYPROOF_BAD_PLAN',
      `${what}: the key plan emitted by the transformer is not valid for this runtime: ${why}.\n` +
        `Fix: rebuild with the @keyproof/transformer version that matches keyproof ` +
        `(both packages are released together).`,
    );
    this.name = 'InvalidPlanError';
  }
}

/** A key field value that has no stable encoding. Thrown before any upstream call. */
export class KeyEncodingError extends TypeError {
  readonly code = 'KEYPROOF_UNENCODABLE_KEY';
  constructor(message: string) {
    super(message);
    this.name = 'KeyEncodingError';
  }
}

/** A result that cannot round-trip through the store. Thrown only under `strict: true`. */
export class UnstorableValueError extends KeyproofError {
  constructor(message: string) {
    super('KEYPROOF_UNSTORABLE_VALUE', message);
    this.name = 'UnstorableValueError';
  }
}

/**
 * A store that cannot be used as configured: a URL that cannot be opened (unknown scheme, adapter
 * package not installed), an adapter or schema keyproof was not written for, a key column too
 * narrow for keyproof's keys, a store file deleted under the process.
 */
export class StoreConfigError extends KeyproofError {
  constructor(message: string, options?: ErrorOptions) {
    super('KEYPROOF_STORE_CONFIG', message, options);
    this.name = 'StoreConfigError';
  }
}

/**
 * The store failed, timed out or is skipped after a failure, where an answer was required: under
 * `strict: 'fail-closed'` the call was not made; a tool's question (`stats()`, listing) has no answer.
 */
export class StoreUnavailableError extends KeyproofError {
  constructor(message: string, options?: ErrorOptions) {
    super('KEYPROOF_STORE_UNAVAILABLE', message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A stored entry that cannot be decoded (garbage bytes, unknown format version). */
export class CorruptEntryError extends KeyproofError {
  constructor(message: string, options?: ErrorOptions) {
    super('KEYPROOF_CORRUPT_ENTRY', message, options);
    this.name = 'CorruptEntryError';
  }
}
