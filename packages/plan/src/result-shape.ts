/**
 * Where the classes a memoised result may hold sit in it, derived at build time from the
 * declared return type (`Promise<UserDto>`, `UserDto[]`, `Map<string, UserDto>`,
 * `{ items: UserDto[] }`, `UserDto | null`). The runtime walks a result along this shape: on
 * encode it checks each object at a class place against the classes named there (and records
 * which one it was), on decode it gives each such object its prototype back (no constructor
 * run). Places the shape does not name hold plain data, as everywhere else.
 *
 * Plain data, so that it is printed into the plan, compared by the signature and shown by
 * `keyproof explain`; the constructors themselves come from the plan's `classes()` getter, in
 * the order of {@link ResultShape.classes}.
 */
export interface ResultShape {
  /** Class names, in the order of the plan's `classes()` getter (for people, and the signature). */
  readonly classes: readonly string[];
  /** The shape's places; place 0 is the result itself. A place refers to others by index (recursive types). */
  readonly places: readonly ResultPlace[];
}

/** Properties by name, each to the index of its place. */
export type PlaceProps = Readonly<Record<string, number>>;

/** One place in a result. */
export type ResultPlace =
  /**
   * An object here is an instance of one of these classes (each with the places of its
   * properties), or a plain object (stored and given back plain: what went in comes back).
   */
  | { readonly kind: 'class'; readonly options: readonly { readonly class: number; readonly props: PlaceProps }[] }
  /** A plain object whose properties hold classes. */
  | { readonly kind: 'object'; readonly props: PlaceProps }
  /** Every element of an array (or of a tuple) is this place. */
  | { readonly kind: 'array'; readonly items: number }
  /** Every value of a Map. */
  | { readonly kind: 'map'; readonly values: number }
  /** Every element of a Set. */
  | { readonly kind: 'set'; readonly items: number };

/** The constructors a plan names, resolved lazily (a class may be defined after the method that returns it). */
export type ClassesGetter = () => readonly (abstract new (...args: never[]) => unknown)[];
