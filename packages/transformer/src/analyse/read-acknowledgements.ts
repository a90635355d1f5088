import type { DocComment, DocTag } from './read-jsdoc';

/** `@acknowledge 91043 the clock only times the call`: a method accepting one warning, with its reason. */
export interface Acknowledgement {
  readonly code: number | undefined;
  readonly reason: string;
  readonly tag: DocTag;
}

/** The `@acknowledge CODE reason` tags of a memoised method's doc comment (`KP91043` works too). */
export function readAcknowledgements(doc: DocComment): Acknowledgement[] {
  return doc.tags
    .filter((t) => t.name === 'acknowledge')
    .map((tag) => {
      const match = /^(?:KP|TS)?(\d{5})\b\s*(.*)$/i.exec(tag.text);
      return { code: match !== null ? Number(match[1]) : undefined, reason: (match?.[2] ?? '').trim(), tag };
    });
}
