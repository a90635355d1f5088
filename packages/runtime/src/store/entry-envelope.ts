/**
 * What a stored entry carries beside its value, for the methods that need it, in front of the
 * value's base64 text: `~{"g":{…},"x":…}\n{base64}`. An entry without tags or `staleIfError`
 * is the bare base64 text, exactly as before (base64 never starts with `~`).
 *
 * - `g`: the generation of each of the entry's tags when its call missed (`~tag:` rows). A read
 *   fetches the tags' current generations in the same round trip as the entry: any that
 *   differs means the tag was invalidated since, and the entry is not used.
 * - `x`: when the entry expires. With `staleIfError` the store keeps the row longer (its
 *   expiry is `x` plus the bound), so an expired entry is still there to serve when upstream
 *   fails; a read treats it as expired from `x` on.
 */
export interface EntryHeader {
  /** Tag store id (tags.ts `tagId`) → its generation when the entry's call missed; null: never invalidated. */
  readonly g?: Readonly<Record<string, string | null>>;
  /** Expiry (ms since the epoch) when the row outlives it (staleIfError). */
  readonly x?: number;
}

export function wrapEntry(text: string, header: EntryHeader | undefined): string {
  if (header === undefined || (header.g === undefined && header.x === undefined)) return text;
  return `~${JSON.stringify(header)}\n${text}`;
}

/** The value's text and its header; a row that is not text, or has no header, comes back as it is. */
export function unwrapEntry(stored: unknown): { text: unknown; header: EntryHeader | undefined } {
  if (typeof stored !== 'string' || !stored.startsWith('~')) return { text: stored, header: undefined };
  const end = stored.indexOf('\n');
  if (end < 0) return { text: stored, header: undefined }; // not ours: the codec says why
  let header: unknown;
  try {
    header = JSON.parse(stored.slice(1, end));
  } catch {
    return { text: stored, header: undefined };
  }
  if (typeof header !== 'object' || header === null) return { text: stored, header: undefined };
  return { text: stored.slice(end + 1), header: header as EntryHeader };
}
