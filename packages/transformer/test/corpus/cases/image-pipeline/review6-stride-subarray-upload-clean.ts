// origin: review probe: an image hashed upstream in configured-size parts, only the final digest returned
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: every byte goes upstream once in order whatever the part size, and the digest of the whole is the answer: a stride (principle 3).
import { memoize } from 'keyproof';

const PART = Number(process.env.HASH_PART_BYTES ?? 1 << 20);

export const remoteDigest = memoize(
  async function remoteDigest(image: Uint8Array): Promise<string> {
    const session = (await (await fetch('https://hash.internal/v1/sessions', { method: 'POST' })).json()) as { id: string };
    for (let at = 0; at < image.length; at += PART) {
      await fetch(`https://hash.internal/v1/sessions/${session.id}/parts`, { method: 'POST', body: image.subarray(at, at + PART) });
    }
    const done = (await (await fetch(`https://hash.internal/v1/sessions/${session.id}/digest`)).json()) as { sha256: string };
    return done.sha256;
  },
  { version: 'digest-v1', ttl: '30d' },
);
