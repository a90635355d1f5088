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
    this.hash ??= crypto.createHash('sha256');
    this.hash.update(chunk);
  }
}

const oneShot: (data: Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * SHA-256 (hex) of `prefix` followed by the canonical encoding of `values`: the same digest as
 * streaming both into a hash. With a `secret`, HMAC-SHA256 under it over the same bytes.
 */
export function digestKeyFields(
  prefix: Uint8Array,
  values: readonly unknown[],
  names: readonly string[],
  secret?: Uint8Array,
): string {
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

/**
 * Keys whose field encoding is at most this many bytes are found in the front cache by the
 * encoding itself, so a front-cache hit hashes nothing (the typical key is a few hundred bytes).
 */
const INLINE_KEY_BYTES = 1024;

const EMPTY = new Uint8Array(0);

/** The first byte of every field encoding: the field count's Number tag (key-format.ts). */
const INLINE_MARK = 0x04;

/**
 * A sink that streams `prefix`, then what it is given past its first `skip` bytes, into SHA-256
 * (HMAC under a secret), once there is something to stream.
 */
class PrefixedHash implements ByteSink {
  private hash: crypto.Hash | crypto.Hmac | undefined;
  private prefix: Uint8Array = EMPTY;
  private skip = 0;
  private secret: Uint8Array | undefined;

  reset(prefix: Uint8Array, skip: number, secret: Uint8Array | undefined): this {
    this.hash = undefined;
    this.prefix = prefix;
    this.skip = skip;
    this.secret = secret;
    return this;
  }

  update(chunk: Uint8Array): void {
    if (!this.hash) {
      this.hash = this.secret ? crypto.createHmac('sha256', this.secret) : crypto.createHash('sha256');
      this.hash.update(this.prefix);
    }
    if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length);
      this.skip -= n;
      chunk = chunk.subarray(n);
    }
    this.hash.update(chunk);
  }
  digest(): string {
    return this.hash!.digest('hex');
  }
}

/**
 * The key text of a call: `tag` (a short latin1 string naming the method) followed by its
 * fields' canonical encoding as latin1 text (one character per byte) when that is at most
 * INLINE_KEY_BYTES, else `tag` followed by the hex digest of `prefix` and the encoding (SHA-256,
 * HMAC under `secret`). The encoding is injective, so inside this process the text is as good a
 * key as the digest, and costs no hash; `keyTextDigest` turns it into the digest.
 */
export function keyText(
  tag: string,
  prefix: Uint8Array,
  values: readonly unknown[],
  names: readonly string[],
  secret?: Uint8Array,
): string {
  const sink = acquireSink(prefix, tag.length, secret);
  const w = acquire(sink);
  try {
    w.latin1(tag);
    writeFields(w, values, names);
    if (!w.flushed && w.written <= tag.length + INLINE_KEY_BYTES) return w.pendingText();
    w.flush();
    return tag + sink.digest();
  } finally {
    release(w);
    pooledSink = sink;
  }
}

/** One sink for the common, non-reentrant case (like the writer). */
let pooledSink: PrefixedHash | undefined;

function acquireSink(prefix: Uint8Array, skip: number, secret: Uint8Array | undefined): PrefixedHash {
  const sink = pooledSink ?? new PrefixedHash();
  pooledSink = undefined;
  return sink.reset(prefix, skip, secret);
}

/** Prefix and inline key text, side by side, for one hash call. */
let joined = Buffer.allocUnsafe(INLINE_KEY_BYTES + 512);

/** The hex digest of `prefix` and a call's field encoding, from its key text (`keyText`, whose tag is `tagLength` long). */
export function keyTextDigest(prefix: Uint8Array, text: string, tagLength: number, secret?: Uint8Array): string {
  if (text.charCodeAt(tagLength) !== INLINE_MARK) return text.slice(tagLength); // a large key's text holds its digest
  const n = prefix.length + text.length - tagLength;
  if (joined.length < n) joined = Buffer.allocUnsafe(n);
  joined.set(prefix, 0);
  joined.latin1Write(text.slice(tagLength), prefix.length, n - prefix.length);
  const bytes = joined.subarray(0, n);
  return secret ? crypto.createHmac('sha256', secret).update(bytes).digest('hex') : oneShot(bytes);
}

function keyedDigest(
  secret: Uint8Array,
  prefix: Uint8Array,
  values: readonly unknown[],
  names: readonly string[],
): string {
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
