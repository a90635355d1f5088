import { createHmac, timingSafeEqual } from 'node:crypto';
import { config, configGeneration } from './config.js';
import { CorruptEntryError } from './errors.js';

/**
 * `configure({ keySecret })`: a deployment secret that keys the digests (HMAC-SHA256, see
 * encode-key.ts) and seals every entry with a MAC bound to its key.
 *
 * It protects against someone who can read the store but not the secret (they cannot confirm a
 * guessed argument: a digest reveals nothing without the secret) and against someone who can
 * write the store but not the secret (a planted or altered entry, or one copied under another
 * key, fails its MAC and is treated as a miss, reported, and overwritten). It does not encrypt
 * values (a reader of the store sees results), does not stop a writer from deleting entries or
 * replaying an older entry of the same key and version, does not cover the bookkeeping records
 * (`~meta:`, `~method:`, counters), and cannot help once the secret itself leaks.
 */

let cached: { generation: number; secret: Buffer | undefined } | undefined;

/** The configured secret as bytes, or undefined (re-read after every `configure()`). */
export function keySecret(): Buffer | undefined {
  const generation = configGeneration();
  if (cached?.generation !== generation) {
    const s = config().keySecret;
    cached = {
      generation,
      secret: s === undefined ? undefined : typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s),
    };
  }
  return cached.secret;
}

/** The first byte of a sealed entry: the envelope, before the 32-byte MAC and the value's own bytes. */
const SEALED = 0xf1;
const MAC_BYTES = 32;

function mac(secret: Buffer, key: string, bytes: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`keyproof-entry/1\0${key}\0`, 'utf8').update(bytes).digest();
}

/** The bytes to store for an entry: sealed when a secret is configured, else as they are. */
export function sealEntry(key: string, bytes: Buffer): Buffer {
  const secret = keySecret();
  if (!secret) return bytes;
  return Buffer.concat([Buffer.of(SEALED), mac(secret, key, bytes), bytes]);
}

/**
 * The value bytes of a stored entry, its seal checked: throws CorruptEntryError for an entry
 * that is unsealed, sealed under another key or secret, or altered, when a secret is configured;
 * and for a sealed entry when none is.
 */
export function unsealEntry(key: string, stored: Buffer): Buffer {
  const secret = keySecret();
  if (!secret) {
    if (stored[0] === SEALED)
      throw new CorruptEntryError(
        'entry is sealed with a keySecret, and this process has none (configure({ keySecret }))',
      );
    return stored;
  }
  if (stored[0] !== SEALED || stored.length < 1 + MAC_BYTES + 2) {
    throw new CorruptEntryError(
      "entry is not sealed: it was not written by a process holding this deployment's keySecret",
    );
  }
  const bytes = stored.subarray(1 + MAC_BYTES);
  if (!timingSafeEqual(stored.subarray(1, 1 + MAC_BYTES), mac(secret, key, bytes))) {
    throw new CorruptEntryError(
      'entry MAC does not verify: written under another keySecret or another key, or altered in the store',
    );
  }
  return bytes;
}
