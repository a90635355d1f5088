/**
 * The key plan: what the transformer computes for each memoised method or function and
 * emits into the build as the last argument of the `memoize(...)` call. The runtime hashes
 * exactly what the plan names, nothing more, nothing less.
 *
 * This file is the contract between `@keyproof/transformer` (which writes plans) and the
 * runtime `keyproof` (which reads them); both import it from `@keyproof/plan`. Changing a
 * field's meaning is a breaking change for both.
 */

import type { ClassesGetter, ResultShape } from './result-shape';

/** Version of the plan object's shape. The runtime refuses plans of another format. */
export const PLAN_FORMAT = 1;

/** One value that goes into the key, in the order the projector returns it. */
export interface KeyField {
  /**
   * What the value is, for people: the parameter name (`mode`), or `this.model` for a
   * class field read by the method body.
   */
  readonly name: string;
  /**
   * Index of the parameter the value comes from, -1 for a class field (`this.name`), or -2 for
   * a value of the scope `memoize` is called in (`chainId` captured by a closure, `config.model`
   * of a module), named by a doc comment's `@cacheKey chainId` and read by the projector.
   */
  readonly index: number;
  /**
   * Property paths to key on (`@cacheKey('name', 'colors')`): the field's key value is the
   * object of exactly these paths. Dotted paths go deeper (`'owner.id'`).
   */
  readonly pick?: readonly string[];
  /**
   * Property paths removed before hashing (`@excludeFromKey req.jobId` removes `jobId`
   * from `req`).
   */
  readonly omit?: readonly string[];
  /**
   * The normaliser's source text (`normalize.text`), for people and for the signature.
   * The projector applies it; the runtime never evaluates this string.
   */
  readonly normalize?: string;
}

/** A parameter (or class field) that the plan leaves out of the key, and why. */
export interface ExcludedField {
  readonly name: string;
  /** Parameter index, -1 for a class field, -2 for a value of the enclosing scope. */
  readonly index: number;
  /** The reason written next to `@excludeFromKey`, or how it was excluded (`@notKey`). */
  readonly reason: string;
}

/**
 * Binds the method's own parameter list (defaults and destructuring included) and returns
 * the key field values in the order of {@link KeyPlan.fields}, normalisers applied.
 * Called with `this` set to the instance for methods, so that it can read key class fields.
 */
export type KeyProjector = (this: unknown, ...args: never[]) => readonly unknown[];

/** The plan for one memoised method or function. */
export interface KeyPlan {
  readonly format: typeof PLAN_FORMAT;
  /** Stable id: `Class.method` or the function name unless `memoize({ id })` says otherwise. */
  readonly id: string;
  /** Where the method is declared, `path/relative/to/project.ts:line`. */
  readonly source: string;
  readonly fields: readonly KeyField[];
  readonly excluded: readonly ExcludedField[];
  /**
   * Hex digest over the plan's meaning (id, fields with their picks, omissions and
   * normalisers, in order). Part of every key, so a changed plan never reads old entries.
   */
  readonly signature: string;
  /**
   * Warnings the method accepts, each with its reason (`@acknowledge 91043 why`), for people
   * (`keyproof explain`). Not part of the signature: they do not change the key.
   */
  readonly acknowledged?: readonly Acknowledged[];
  /**
   * Where the declared result holds classes (absent when it holds none): the runtime restores
   * their prototypes on every hit and refuses to store a value of another class there. Part
   * of the signature when present.
   */
  readonly result?: ResultShape;
  /** The constructors of {@link ResultShape.classes}, in order; present exactly when `result` is. */
  readonly classes?: ClassesGetter;
  readonly project: KeyProjector;
}

/** A warning a method accepts (`@acknowledge CODE reason` in its doc comment). */
export interface Acknowledged {
  readonly code: number;
  readonly reason: string;
}

/** A plan without its functions: what is stored beside the entries and shown by `explain`. */
export type PlanDescription = Omit<KeyPlan, 'project' | 'classes'>;
