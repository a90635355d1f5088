import { DefaultDeserializer, DefaultSerializer } from 'node:v8';
import { CorruptEntryError } from './errors.js';
import { serializePlain } from './plain-serialize.js';
import { MarkedValue } from './result-classes.js';

/**
 * The value codec: one format byte, then V8's structured serialisation. Buffer, Uint8Array
 * and the other typed arrays, Date, Map, Set, BigInt, RegExp, nested arrays and plain objects
 * come back identical in type and bytes, in any process. Stored as base64 text, which every
 * Keyv adapter keeps intact (JSON, the default, is what mangled the seed's image bytes).
 *
 * Every decode hands out a value its caller owns: each typed array gets its own memory, never
 * a view into the bytes it was decoded from (the front cache's entry, the bytes joiners of one
 * in-flight call share) nor into Node's 8 KiB pool.
 *
 * Plain data (most results) is written in V8's format by keyproof's own writer, which skips the
 * serialiser's per-value setup (plain-serialize.ts); V8 reads it back like its own.
 *
 * Format 1 is the value alone. Format 2 (a result whose plan names classes, result-classes.ts)
 * is the class marks (which class each object at a class place is), then the value: decoded, it
 * is a MarkedValue that the memoised call revives with its plan's classes.
 */
const PLAIN_FORMAT = 1;
const CLASSES_FORMAT = 2;
/** The newest value format this runtime reads and writes. */
export const VALUE_FORMAT = CLASSES_FORMAT;

/** The format byte, then what `v8.serialize(value)` gives (format 2: the marks first), written into one buffer (no copy). */
export function encodeValue(value: unknown, marks?: readonly number[]): Buffer {
  if (marks === undefined) {
    const plain = serializePlain(PLAIN_FORMAT, value); // the same format, written without V8's setup
    if (plain !== undefined) return plain;
  }
  const serializer = new DefaultSerializer();
  serializer.writeRawBytes(Buffer.of(marks === undefined ? PLAIN_FORMAT : CLASSES_FORMAT));
  serializer.writeHeader();
  if (marks !== undefined) serializer.writeValue(marks);
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes.length < 2)
    throw new CorruptEntryError(`entry of ${bytes.length} bytes is too short to be a keyproof value`);
  const format = bytes[0];
  if (format !== PLAIN_FORMAT && format !== CLASSES_FORMAT) {
    throw new CorruptEntryError(
      `entry has value format ${format}, this runtime reads formats ${PLAIN_FORMAT} and ${CLASSES_FORMAT} ` +
        `(written by another keyproof version, or not by keyproof)`,
    );
  }
  try {
    const body = bytes.subarray(1);
    const reader = new OwnedCopies(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    reader.readHeader();
    if (format === PLAIN_FORMAT) return reader.readValue();
    const marks = reader.readValue() as unknown;
    if (!Array.isArray(marks) || !marks.every((m) => Number.isInteger(m)))
      throw new Error('its class marks are not a list of integers');
    return new MarkedValue(reader.readValue(), marks as number[]);
  } catch (error) {
    throw new CorruptEntryError(`entry bytes are not a valid serialised value: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

type View = ArrayBufferView & { readonly constructor: new (buffer: ArrayBuffer) => ArrayBufferView };

/** Node's deserialiser returns typed arrays as views over its input: copy each into its own memory. */
class OwnedCopies extends DefaultDeserializer {
  _readHostObject(): unknown {
    const view = (
      DefaultDeserializer.prototype as unknown as { _readHostObject(this: DefaultDeserializer): View }
    )._readHostObject.call(this);
    const own = new ArrayBuffer(view.byteLength);
    new Uint8Array(own).set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    return Buffer.isBuffer(view) ? Buffer.from(own) : new view.constructor(own);
  }
}

/** Text form for the store. */
export function toStoredText(bytes: Buffer): string {
  return bytes.toString('base64');
}

export function fromStoredText(text: unknown): Buffer {
  if (typeof text !== 'string') {
    throw new CorruptEntryError(`entry is a ${text === null ? 'null' : typeof text}, not keyproof's base64 text`);
  }
  return Buffer.from(text, 'base64');
}
