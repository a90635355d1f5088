import type { PlaceProps } from './plan.js';
import type { ResultClasses } from './result-classes.js';
import { kindOf, VALUE_KINDS, type ValueKind } from './value-kinds.js';

/** Why a result must not be stored, and what to return instead. */
export interface Unstorable {
  readonly reason: string;
  readonly fix: string;
}

/** Deeper than this, a result is not stored: decoding it again could exhaust the stack of the process that reads it. */
export const MAX_DEPTH = 1000;

/** One value still to look at: where it sits (its parent and the step from it), built into a path only when reported. */
interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly step: string;
  readonly depth: number;
  /** Its place in the plan's result shape (result-classes.ts), when the shape names one. */
  readonly place?: number | undefined;
}

function pathOf(frame: Frame): string {
  const steps: string[] = [];
  for (let f: Frame | undefined = frame; f; f = f.parent) steps.push(f.step);
  return steps.reverse().join('');
}

/**
 * Find the first part of a result that would not come back from the store as it went in
 * (a kind whose `value` is `not-stored` in the value table, value-kinds.ts): functions,
 * symbols, class instances, subclasses of built-ins, null-prototype objects, hidden
 * properties, shared memory; or a nesting deeper than MAX_DEPTH. Returns what and where (its
 * path), or undefined when safe. Iterative: a result nested thousands of levels deep is
 * reported, never a RangeError after the upstream call was paid for.
 *
 * With `classes` (the plan names classes in the declared result), an instance of a class the
 * shape names at its place is stored (its prototype is restored on decode) and its own
 * properties are checked in turn; an instance of any other class there is refused by name.
 */
export function findUnstorable(value: unknown, path = 'result', classes?: ResultClasses): Unstorable | undefined {
  const seen = new Set<object>();
  const stack: Frame[] = [
    { value, parent: undefined, step: path, depth: 0, place: classes !== undefined ? 0 : undefined },
  ];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const v = frame.value;
    if (typeof v !== 'object' || v === null) {
      const k = kindOf(v);
      if (k.value === 'not-stored') return unstorable(k, pathOf(frame), v);
      continue;
    }
    if (seen.has(v)) continue;
    seen.add(v);
    if (frame.depth > MAX_DEPTH) {
      return {
        reason: `${pathOf(frame)} is nested more than ${MAX_DEPTH} levels deep, which a process reading it back could not decode without exhausting its stack`,
        fix: 'return a flatter structure (a list of nodes with parent ids instead of a deep chain)',
      };
    }
    const at = frame.place !== undefined && classes !== undefined ? classes.shape.places[frame.place] : undefined;
    const k = kindOf(v);
    const children: Array<[unknown, string, number?]> = [];
    const props = (of: PlaceProps | undefined): void => {
      for (const key of Object.keys(v)) children.push([(v as Record<string, unknown>)[key], `.${key}`, of?.[key]]);
    };
    if (
      at?.kind === 'class' &&
      (k === VALUE_KINDS.classInstance || (k === VALUE_KINDS.declared && Object.getPrototypeOf(v) !== Object.prototype))
    ) {
      const option = classes!.optionOf(frame.place!, Object.getPrototypeOf(v));
      if (option < 0) return otherClass(classes!, frame.place!, pathOf(frame), v);
      const own = instanceKind(v);
      if (own !== undefined) return unstorable(own, pathOf(frame), v);
      props(at.options[option]!.props);
    } else if (k.value === 'not-stored') {
      return unstorable(k, pathOf(frame), v);
    }
    switch (k) {
      case VALUE_KINDS.array:
        for (const [i, item] of (v as unknown[]).entries())
          children.push([item, `[${i}]`, at?.kind === 'array' ? at.items : undefined]);
        break;
      case VALUE_KINDS.plainObject:
        // a plain object at a class place is stored and given back plain: its contents are plain data
        props(at?.kind === 'object' ? at.props : undefined);
        break;
      case VALUE_KINDS.map:
        for (const [i, [key, item]] of [...(v as Map<unknown, unknown>)].entries())
          children.push([key, `<key ${i}>`], [item, `.get(${i})`, at?.kind === 'map' ? at.values : undefined]);
        break;
      case VALUE_KINDS.set:
        for (const [i, item] of [...(v as Set<unknown>)].entries())
          children.push([item, `<item ${i}>`, at?.kind === 'set' ? at.items : undefined]);
        break;
      case VALUE_KINDS.error: {
        const bad = unstorableError(v as Error, pathOf(frame));
        if (bad) return bad;
        if ('cause' in (v as Error)) children.push([(v as Error).cause, '.cause']);
        break;
      }
      default:
        break;
    }
    // pushed last-first, so the first child is looked at first (the path reported is the first bad one in order)
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({
        value: children[i]![0],
        parent: frame,
        step: children[i]![1],
        depth: frame.depth + 1,
        place: children[i]![2],
      });
  }
  return undefined;
}

function unstorable(k: ValueKind, path: string, value: unknown): Unstorable {
  const name = (value as { constructor?: { name?: string } } | null)?.constructor?.name;
  const what =
    k === VALUE_KINDS.classInstance
      ? `an instance of ${name || 'a custom prototype'}`
      : k === VALUE_KINDS.viewSubclass || k === VALUE_KINDS.builtInSubclass
        ? `${k.what} (${name || 'anonymous'})`
        : k.what;
  return { reason: `${path} is ${what}, which ${k.lost}`, fix: k.fix ?? '' };
}

/** An instance of a named class keeps only its own enumerable string-keyed properties through the codec. */
function instanceKind(value: object): ValueKind | undefined {
  const symbols = Object.getOwnPropertySymbols(value);
  if (symbols.length > 0)
    return symbols.some((s) => Object.prototype.propertyIsEnumerable.call(value, s))
      ? VALUE_KINDS.symbolKeys
      : VALUE_KINDS.hiddenProperty;
  return Object.getOwnPropertyNames(value).length === Object.keys(value).length
    ? undefined
    : VALUE_KINDS.hiddenProperty;
}

function otherClass(classes: ResultClasses, place: number, path: string, value: object): Unstorable {
  const name = (value as { constructor?: { name?: string } }).constructor?.name || 'an anonymous class';
  const expected = classes.namesAt(place);
  return {
    reason: `${path} is an instance of ${name}, where the declared return type of ${classes.method} has ${expected}: a hit would give it back as ${expected}`,
    fix: `return ${expected} there (or a plain object, given back plain), or declare ${name} in the return type (\`${expected} | ${name}\`)`,
  };
}

/** What V8's serialiser keeps of an error: its built-in class, `message`, `stack` and `cause`. */
const BUILT_IN_ERRORS = new Set<object>(
  [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((c) => c.prototype),
);
const KEPT_ERROR_PROPS = new Set(['message', 'stack', 'cause']);
const ERROR_FIX = 'return the error as plain data ({ name, message, status, … })';

function unstorableError(error: Error, path: string): Unstorable | undefined {
  const proto = Object.getPrototypeOf(error) as object | null;
  if (proto === null || !BUILT_IN_ERRORS.has(proto)) {
    const name = (error as { constructor?: { name?: string } }).constructor?.name || 'a custom error class';
    return {
      reason: `${path} is an instance of ${name}, which comes back from the store as a plain Error (its class and extra properties lost)`,
      fix: ERROR_FIX,
    };
  }
  const extra = Object.getOwnPropertyNames(error).find((k) => !KEPT_ERROR_PROPS.has(k));
  if (extra !== undefined) {
    return {
      reason: `${path} is an error with the property "${extra}", which the store does not keep (only message, stack and cause)`,
      fix: ERROR_FIX,
    };
  }
  return undefined;
}
