/** Normalisers for `@cacheKey(normalizer)`: map equivalent inputs to one key value. */
export const normalize = {
  /**
   * Unicode NFC, lower case, runs of white space collapsed to one space, ends trimmed:
   * `'  Hello\n World '` and `'hello world'` share a key.
   */
  text(value: string): string {
    if (typeof value !== 'string') {
      throw new TypeError(`normalize.text expects a string, got ${value === null ? 'null' : typeof value}`);
    }
    return value.normalize('NFC').toLowerCase().split(/\s+/u).filter(Boolean).join(' ');
  },
} as const;
