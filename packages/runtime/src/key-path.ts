import { KeyEncodingError } from './errors.js';

/** Segments of the path to a value, for error messages only. */
export enum Seg {
  Name,
  Index,
  Prop,
  MapKey,
  MapValue,
  SetItem,
  KeyForm,
}

/** Nesting depth past which cycle detection switches from a linear scan to a Set. */
const SHALLOW = 32;
/** A path of more than HEAD + TAIL segments is shown as its first HEAD and last TAIL. */
const HEAD = 4;
const TAIL = 3;

/**
 * A value that has no key encoding, on its way up to the field it is in. The encoder keeps no
 * path while it works (that would cost every key); each container the error passes through
 * adds its own segment (`within`), and the field turns it into a KeyEncodingError that names
 * the whole path: `LogoService.generate(colors)[2].name`.
 */
export class Unencodable extends Error {
  /** kind, value, kind, value, …: innermost first. */
  readonly segments: unknown[] = [];
  constructor(
    readonly what: string,
    readonly fix: string,
  ) {
    super(what);
  }

  /** The KeyEncodingError users see. */
  toKeyError(): KeyEncodingError {
    return new KeyEncodingError(
      `cannot encode ${this.path()} for the cache key: it is ${this.what}. Fix: ${this.fix}.`,
    );
  }

  /** The path as people read it; a very deep one as its head, `…`, its tail and its depth. */
  private path(): string {
    const parts: string[] = [];
    for (let i = this.segments.length - 2; i >= 0; i -= 2)
      parts.push(segment(this.segments[i] as Seg, this.segments[i + 1]));
    if (parts.length <= HEAD + TAIL) return parts.join('');
    return `${parts.slice(0, HEAD).join('')}…${parts.slice(-TAIL).join('')} (${parts.length - 1} levels deep)`;
  }
}

/**
 * The error leaving a container, with the container's segment added: an Unencodable gains the
 * segment; the JavaScript stack running out (thousands of levels of nesting) becomes one; any
 * other error (thrown by a `[keyForm]()` method or a getter) goes on as it is.
 */
export function within(error: unknown, kind: Seg, value: unknown): unknown {
  if (error instanceof Unencodable) {
    error.segments.push(kind, value);
    return error;
  }
  // no RegExp here: this runs where the stack ran out, and compiling one would overflow it again
  if (error instanceof RangeError && error.message.includes('call stack')) {
    const deep = new Unencodable(
      'nested deeper than the stack allows',
      "key on a flatter form of it (a [keyForm]() returning its id or a digest), or on the fields that matter (@cacheKey('a', 'b'))",
    );
    deep.segments.push(kind, value);
    return deep;
  }
  return error;
}

export function cycle(): Unencodable {
  return new Unencodable(
    'a circular reference',
    "break the cycle, or key on the fields that matter (@cacheKey('a', 'b'))",
  );
}

export function shared(): Unencodable {
  return new Unencodable(
    'shared memory (a SharedArrayBuffer, or a view over one)',
    'another thread can change its bytes while the call runs, so the key would not say what was computed: key on a copy (new Uint8Array(view).slice())',
  );
}

export function instance(v: object): Unencodable {
  const name = (v as { constructor?: { name?: string } }).constructor?.name || 'an object with a custom prototype';
  if (v instanceof Promise) return new Unencodable('a Promise', 'await it and pass the value');
  if (v instanceof WeakMap || v instanceof WeakSet)
    return new Unencodable(`a ${name}`, 'weak collections cannot be enumerated; pass the data instead');
  return new Unencodable(
    `an instance of ${name}`,
    `pass a plain object, key on its fields with @cacheKey('field', …), or give ${name} a key form: [keyForm]() { return /* stable, encodable data */ }`,
  );
}

/** The containers being written, outermost first: a value met again inside itself is a cycle. */
export class OpenContainers {
  private readonly open: object[] = [];
  private opened = 0;
  private deep: Set<object> | undefined;

  reset(): void {
    for (let i = 0; i < this.opened; i++) this.open[i] = undefined as unknown as object; // normally none left (not so after an error)
    this.opened = 0;
    this.deep = undefined;
  }

  /** Continue where `other` is (a Map or Set entry is encoded by a writer of its own). */
  continueFrom(other: OpenContainers): void {
    for (let i = 0; i < other.opened; i++) this.push(other.open[i]!);
  }

  has(v: object): boolean {
    if (this.deep) return this.deep.has(v);
    for (let i = 0; i < this.opened; i++) if (this.open[i] === v) return true;
    return false;
  }

  push(v: object): void {
    this.open[this.opened++] = v;
    if (this.deep) this.deep.add(v);
    else if (this.opened > SHALLOW) this.deep = new Set(this.open.slice(0, this.opened));
  }

  pop(): void {
    const v = this.open[--this.opened]!;
    this.open[this.opened] = undefined as unknown as object;
    this.deep?.delete(v);
  }
}

function segment(kind: Seg, v: unknown): string {
  switch (kind) {
    case Seg.Name:
      return String(v);
    case Seg.Index:
      return `[${String(v)}]`;
    case Seg.Prop:
      return `.${String(v)}`;
    case Seg.MapKey:
      return `<key ${String(v)}>`;
    case Seg.MapValue:
      return `<value ${String(v)}>`;
    case Seg.SetItem:
      return `<item ${String(v)}>`;
    case Seg.KeyForm:
      return '[keyForm]()';
  }
}
