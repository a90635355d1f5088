import { KeyEncodingError } from './errors.js';

/** Segments of the path to the value being written, for error messages only. */
export const enum Seg {
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
 * The error path of the key encoder: where in the key the encoder is (kept as segments, formatted
 * only for an error: `LogoService.generate(colors)[2].name`), the containers open around it
 * (cycle detection), and the errors it throws.
 */
export class KeyPath {
  // fixed arrays with explicit depths: `array.length = 0` on every key costs more than the key
  private readonly kinds: Seg[] = [];
  private readonly values: unknown[] = [];
  private depth = 0;
  /** The containers being written, outermost first. */
  private readonly open: object[] = [];
  private opened = 0;
  private deep: Set<object> | undefined;

  reset(): void {
    // normally empty already (every enter has its leave); not so after an error
    for (let i = 0; i < this.depth; i++) this.values[i] = undefined;
    for (let i = 0; i < this.opened; i++) this.open[i] = undefined as unknown as object;
    this.depth = 0;
    this.opened = 0;
    this.deep = undefined;
  }

  /** Start this path where `other` is (a Map or Set entry is encoded by a writer of its own). */
  continueFrom(other: KeyPath): void {
    for (let i = 0; i < other.opened; i++) this.push(other.open[i]!);
    for (let i = 0; i < other.depth; i++) this.enter(other.kinds[i]!, other.values[i]);
  }

  enter(kind: Seg, value: unknown): void {
    this.kinds[this.depth] = kind;
    this.values[this.depth++] = value;
  }

  /** Change the innermost segment's value (the index in an array, the property of an object). */
  set(value: unknown): void {
    this.values[this.depth - 1] = value;
  }

  leave(): void {
    this.values[--this.depth] = undefined;
  }

  isOpen(v: object): boolean {
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

  /** The path as people read it; a very deep one as its head, `…`, its tail and its depth. */
  format(): string {
    const n = this.depth;
    if (n <= HEAD + TAIL) return this.segments(0, n);
    return `${this.segments(0, HEAD)}…${this.segments(n - TAIL, n)} (${n - 1} levels deep)`;
  }

  private segments(from: number, to: number): string {
    let out = '';
    for (let i = from; i < to; i++) out += segment(this.kinds[i]!, this.values[i]);
    return out;
  }

  unencodable(what: string, fix: string): KeyEncodingError {
    return new KeyEncodingError(`cannot encode ${this.format()} for the cache key: it is ${what}. Fix: ${fix}.`);
  }

  cycle(): KeyEncodingError {
    return this.unencodable('a circular reference', "break the cycle, or key on the fields that matter (@cacheKey('a', 'b'))");
  }

  /** The JavaScript stack ran out inside the value (thousands of levels of nesting). */
  tooDeep(): KeyEncodingError {
    return this.unencodable(
      'nested deeper than the stack allows',
      "key on a flatter form of it (a [keyForm]() returning its id or a digest), or on the fields that matter (@cacheKey('a', 'b'))",
    );
  }

  instance(v: object): KeyEncodingError {
    const name = (v as { constructor?: { name?: string } }).constructor?.name || 'an object with a custom prototype';
    if (v instanceof Promise) return this.unencodable('a Promise', 'await it and pass the value');
    if (v instanceof WeakMap || v instanceof WeakSet) return this.unencodable(`a ${name}`, 'weak collections cannot be enumerated; pass the data instead');
    return this.unencodable(
      `an instance of ${name}`,
      `pass a plain object, key on its fields with @cacheKey('field', …), or give ${name} a key form: ` +
        `[keyForm]() { return /* stable, encodable data */ }`,
    );
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

/** Is this the JavaScript engine running out of stack (not some other RangeError)? */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
