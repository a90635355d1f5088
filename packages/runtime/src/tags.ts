/** One part of a tag: a key field's value or a constant. */
export type TagPart = string | number | boolean;

/**
 * A tag on cache entries: a name (a string literal the compiler checks) and parts (from the
 * method's key fields or constants). Made with `tag(name, ...parts)`; compared by its store
 * key, so `tag('user', 1)` and `tag('user', '1')` are the same tag (the CLI can only spell text).
 */
export interface Tag {
  readonly name: string;
  readonly parts: readonly TagPart[];
}

/**
 * The key fields a `tags` function receives: key field name (`userId`, `this.tenantId`) -> the
 * value the key uses. The transformer checks that every name read from it is a key field.
 */
export type TagFields = Readonly<Record<string, TagPart>>;

/** `tags` of `memoize(options)`: the tags of an entry, from its key fields. */
export type TagsOption = (fields: TagFields) => readonly Tag[];

/**
 * A tag: `tag('user', userId)`. Entries declare theirs with the `tags` option of `@memoize`;
 * `invalidateTag(tag('user', 'u1'))` makes every entry carrying it miss, in every process.
 */
export function tag(name: string, ...parts: TagPart[]): Tag {
  if (typeof name !== 'string' || name.length === 0 || /[\s:]/.test(name)) {
    throw new TypeError(`tag(${JSON.stringify(name)}): a tag name is a non-empty string without spaces or ':'.`);
  }
  for (const part of parts) {
    if (typeof part !== 'string' && typeof part !== 'number' && typeof part !== 'boolean') {
      throw new TypeError(
        `tag(${JSON.stringify(name)}, …): a part is a ${part === null ? 'null' : typeof part}; tag parts are strings, numbers or booleans ` +
          `(a key field's value or a constant), so the same tag can be named again to invalidate it.`,
      );
    }
  }
  return Object.freeze({ name, parts: Object.freeze([...parts]) });
}

/** The tag's identity in the store (without the `~tag:` prefix): `user:u1`, each part URI-encoded. */
export function tagId(t: Tag): string {
  return [t.name, ...t.parts.map((p) => encodeURIComponent(String(p)))].join(':');
}

export function isTag(value: unknown): value is Tag {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Tag).name === 'string' &&
    Array.isArray((value as Tag).parts)
  );
}
