import { decodeValue } from './codec.js';
import { copyPlain, isPlainData } from './plain-copy.js';

/**
 * A private decoded form of an encoded value, kept where the same value is handed out again
 * (the front cache, the store's recent entries): small plain data is copied from it instead of
 * decoded (plain-copy.ts); anything else (null) is decoded from its bytes each time. The form
 * itself is never handed out, so every caller still owns what it gets.
 */
export type DecodedForm = { readonly value: unknown } | null;

/** Values whose encoding is larger than this are always decoded from bytes (their form is not kept). */
const FORM_BYTES = 1024;

/** The form to keep for `bytes`, given `value`, a fresh decode of them that is handed out. */
export function formOf(bytes: Buffer, value: unknown): DecodedForm {
  return bytes.length <= FORM_BYTES && isPlainData(value) ? { value: decodeValue(bytes) } : null;
}

/** A fresh value the caller owns, from a kept form (or from `bytes()` when there is none). */
export function copyOf(form: DecodedForm, bytes: () => Buffer): unknown {
  return form ? copyPlain(form.value) : decodeValue(bytes());
}
