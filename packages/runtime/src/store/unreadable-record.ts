import type { Deserialize } from 'keyv';
import { config } from '../config.js';

/**
 * What a store row that is not Keyv's JSON reads as (garbage bytes written by something
 * else, a truncated write). Keyv's own deserialiser throws on it, which would look like a
 * failing store and bypass it for everyone; instead the row reads as this value, which the
 * caller treats as a corrupt entry: a reported miss, then overwritten.
 */
export class UnreadableRecord {
  constructor(readonly reason: string) {}
}

export function tolerantDeserialize(inner: Deserialize | undefined): Deserialize {
  return (<Value>(data: string) => {
    // checked before any decoding: a planted 64 MiB row costs nothing but this comparison
    const limit = rowLimit();
    if (typeof data === 'string' && data.length > limit) {
      return {
        value: new UnreadableRecord(
          `the stored row is ${data.length} characters, more than an entry within maxValueBytes (${config().maxValueBytes} bytes) takes; it was not decoded`,
        ),
      };
    }
    try {
      const parsed = inner ? inner<Value>(data) : (JSON.parse(data) as { value?: Value; expires?: number });
      if (parsed instanceof Promise) return parsed.catch((error: unknown) => unreadable(data, error));
      return parsed;
    } catch (error) {
      return unreadable(data, error);
    }
  }) as Deserialize;
}

function unreadable(data: string, error: unknown) {
  const reason = `the stored row (${data.length} characters) is not a Keyv record: ${(error as Error).message}`;
  return { value: new UnreadableRecord(reason) };
}

/** The longest row an allowed entry can be: base64 (4/3) of maxValueBytes, plus the record around it. */
function rowLimit(): number {
  return Math.ceil((config().maxValueBytes * 4) / 3) + 1024;
}
