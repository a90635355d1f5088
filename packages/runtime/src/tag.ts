/** A value a tag part may hold: what a key field or a constant gives. */
export type TagPart = string | number | boolean;

/** One tag of a cache entry: a literal name and parts from the method's key fields or constants. */
export interface Tag {
  readonly name: string;
  readonly parts: readonly TagPart[];
}

/**
 * The key fields a `tags` function receives: key field name -> the value the key uses.
 * The transformer checks that every name read from it is one of the method's key fields.
 */
export type TagFields = Readonly<Record<string, TagPart>>;

/** `tags` of `memoize(options)`: the tags of an entry, from its key fields. */
export type TagsOption = (fields: TagFields) => readonly Tag[];

/**
 * A tag: `tag('user', userId)`. The name must be a string literal; the transformer checks it is
 * declared by some memoised method wherever it is invalidated.
 */
export function tag(name: string, ...parts: TagPart[]): Tag {
  return Object.freeze({ name, parts: Object.freeze(parts) });
}
