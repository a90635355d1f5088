import * as crypto from 'node:crypto';
import type { ByteSink } from './byte-writer.js';
import { KeyFormat } from './key-format.js';

/**
 * Encoding and digesting keys: the entry points over the key format (key-format.ts). A key
 * that fits the scratch buffer (the usual case) is hashed in one call; large byte fields are
 * streamed into the hash without a copy.
 */
export { keyForm } from './key-format.js';
export type { ByteSink } from './byte-writer.js';

/** Size of the reusable scratch buffer: a typical key (and a few KB of prompt) fits whole. */
const SCRATCH_BYTES = 32768;
const NO_SINK: ByteSink = { update: () => undefined };

/** One writer (and its scratch buffer) for the common, non-reentrant case; a keyForm method may re-enter. */
let pooled: KeyFormat | undefined = new KeyFormat(NO_SINK, Buffer.allocUnsafe(SCRATCH_BYTES));

function acquire(sink: ByteSink): KeyFormat {
  const w = pooled ?? new KeyFormat(NO_SINK, Buffer.allocUnsafe(SCRATCH_BYTES));
  pooled = undefined;
  return w.reset(sink);
}

function release(w: KeyFormat): void {
  w.reset(NO_SINK);
  if (w.capacity === SCRATCH_BYTES) pooled = w; // a writer that grew for a huge string is dropped
}

/** The field count, then each field. */
function writeFields(w: KeyFormat, values: readonly unknown[], names: readonly string[]): void {
  w.field(values.length, '#fields');
  for (let i = 0; i < values.length; i++) w.field(values[i], names[i] ?? `#${i}`);
}

/**
 * Write the canonical encoding of `values` (the planned key fields, in order) into `sink`.
 * `names` name each field in error messages (`LogoService.generate(colors[2])`).
 */
export function encodeKeyFields(values: readonly unknown[], names: readonly string[], sink: ByteSink): void {
  const w = acquire(sink);
  try {
    writeFields(w, values, names);
    w.flush();
  } finally {
    release(w);
  }
}

/** A sink that hashes what it is given, creating the hash on first use. */
class LazyHash implements ByteSink {
  hash: crypto.Hash | undefined;
  update(chunk: Uint8Array): void {
    (this.hash ??= crypto.createHash('sha256')).update(chunk);
  }
}

const oneShot: (data: Uint8Array) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * SHA-256 (hex) of `prefix` followed by the canonical encoding of `values`: the same digest as
 * streaming both into a hash. With a `secret`, HMAC-SHA256 under it over the same bytes.
 */
export function digestKeyFields(prefix: Uint8Array, values: readonly unknown[], names: readonly string[], secret?: Uint8Array): string {
  if (secret) return keyedDigest(secret, prefix, values, names);
  const sink = new LazyHash();
  const w = acquire(sink);
  try {
    w.raw(prefix);
    writeFields(w, values, names);
    if (!w.flushed) return oneShot(w.pending());
    w.flush();
    return sink.hash!.digest('hex');
  } finally {
    release(w);
  }
}

function keyedDigest(secret: Uint8Array, prefix: Uint8Array, values: readonly unknown[], names: readonly string[]): string {
  const hmac = crypto.createHmac('sha256', secret);
  hmac.update(prefix);
  encodeKeyFields(values, names, hmac);
  return hmac.digest('hex');
}

/** The canonical encoding of one value as bytes (tests, tools). */
export function encodeKeyValue(value: unknown, name = 'value'): Buffer {
  const chunks: Buffer[] = [];
  const w = new KeyFormat({ update: (c) => chunks.push(Buffer.from(c)) });
  w.field(value, name);
  w.flush();
  return Buffer.concat(chunks);
}
