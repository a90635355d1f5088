import type { ClassesGetter, PlaceProps, ResultShape } from './plan.js';
import { CorruptEntryError, InvalidPlanError } from './errors.js';

/**
 * The classes a plan's declared result may hold, and where (the plan's `result` shape and its
 * `classes()` getter). On encode, `marks` records, object by object at the class places of the
 * shape, which of the classes named there it is (or -1: a plain object, stored and given back
 * plain); on decode, `revive` gives each of those objects its prototype back, in the same walk
 * order (V8's serialisation keeps object identity, so shared and cyclic objects are met once on
 * both sides). No constructor runs: fields come back as the codec decodes them.
 */
export class ResultClasses {
  private prototypes: readonly object[] | undefined;

  constructor(
    readonly method: string,
    readonly shape: ResultShape,
    private readonly getter: ClassesGetter,
  ) {}

  /** The prototypes of the named classes, resolved on first use (a class may be defined after the method). */
  prototypesOf(): readonly object[] {
    if (this.prototypes !== undefined) return this.prototypes;
    const classes = this.getter();
    if (
      !Array.isArray(classes) ||
      classes.length !== this.shape.classes.length ||
      classes.some((c) => typeof c !== 'function' || typeof c.prototype !== 'object')
    ) {
      throw new InvalidPlanError(
        this.method,
        `the plan's classes() gives ${Array.isArray(classes) ? classes.length : 'no'} constructors for the ${this.shape.classes.length} classes its result names (${this.shape.classes.join(', ')})`,
      );
    }
    this.prototypes = classes.map((c) => c.prototype as object);
    return this.prototypes;
  }

  /** The option at a class place whose class `proto` is, or -1 when none is. */
  optionOf(place: number, proto: unknown): number {
    const p = this.shape.places[place];
    if (p?.kind !== 'class') return -1;
    const prototypes = this.prototypesOf();
    return p.options.findIndex((o) => prototypes[o.class] === proto);
  }

  /** Names of the classes allowed at a class place (`UserDto or AdminDto`). */
  namesAt(place: number): string {
    const p = this.shape.places[place];
    return p?.kind === 'class' ? p.options.map((o) => this.shape.classes[o.class]).join(' or ') : '';
  }

  /** Which class each object at a class place is, in walk order. The value must have passed `findUnstorable` with these classes. */
  marks(value: unknown): number[] {
    const marks: number[] = [];
    walk(this, value, 0, new Set(), (object, place) => {
      const option =
        Object.getPrototypeOf(object) === Object.prototype ? -1 : this.optionOf(place, Object.getPrototypeOf(object));
      marks.push(option);
      return option;
    });
    return marks;
  }

  /** Restore the prototypes `marks` names, in place. Throws CorruptEntryError when the marks do not fit the value. */
  revive(value: unknown, marks: readonly number[]): unknown {
    const prototypes = this.prototypesOf();
    let next = 0;
    walk(this, value, 0, new Set(), (object, place) => {
      const option = marks[next++];
      const p = this.shape.places[place];
      if (option === undefined || p?.kind !== 'class' || option >= p.options.length)
        throw new CorruptEntryError(`entry's class marks do not fit the result of ${this.method}`);
      if (option >= 0) Object.setPrototypeOf(object, prototypes[p.options[option]!.class]!);
      return option;
    });
    if (next !== marks.length)
      throw new CorruptEntryError(`entry's class marks do not fit the result of ${this.method}`);
    return value;
  }
}

/**
 * Visit every object at a class place of `shape`, depth first in the order of its properties,
 * elements and Map/Set entries; `atClass` returns the option it is (-1: plain, not followed).
 */
function walk(
  classes: ResultClasses,
  value: unknown,
  place: number,
  seen: Set<object>,
  atClass: (object: object, place: number) => number,
): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const p = classes.shape.places[place];
  if (p === undefined) return;
  const props = (of: PlaceProps): void => {
    for (const [name, at] of Object.entries(of))
      if (Object.hasOwn(value, name)) walk(classes, (value as Record<string, unknown>)[name], at, seen, atClass);
  };
  switch (p.kind) {
    case 'class': {
      if (Array.isArray(value) || value instanceof Map || value instanceof Set) return;
      const option = atClass(value, place);
      if (option >= 0) props(p.options[option]!.props);
      return;
    }
    case 'object':
      if (Object.getPrototypeOf(value) === Object.prototype) props(p.props);
      return;
    case 'array':
      if (Array.isArray(value)) for (const item of value) walk(classes, item, p.items, seen, atClass);
      return;
    case 'map':
      if (value instanceof Map) for (const item of value.values()) walk(classes, item, p.values, seen, atClass);
      return;
    case 'set':
      if (value instanceof Set) for (const item of value) walk(classes, item, p.items, seen, atClass);
      return;
  }
}

/** A decoded entry whose objects at class places still wait for their prototypes (codec.ts, format 2). */
export class MarkedValue {
  constructor(
    readonly value: unknown,
    readonly marks: readonly number[],
  ) {}
}

/** What a caller gets from a decoded entry: the value, its classes restored when it has marks. */
export function handOut(decoded: unknown, classes: ResultClasses | undefined, method: string): unknown {
  if (!(decoded instanceof MarkedValue)) return decoded;
  if (classes === undefined)
    throw new CorruptEntryError(`entry carries class marks, but the plan of ${method} names no classes`);
  return classes.revive(decoded.value, decoded.marks);
}
