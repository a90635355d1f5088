import { kindOfType, TYPE_NAMES, VALUE_KINDS, type ValueKind } from '@keyproof/plan';

/**
 * The build's reading of the value table (`@keyproof/plan`'s value-table.ts, the one table the
 * runtime's key encoder and admission check read too): the verdict for a built-in, by the name
 * TypeScript gives its type. Types not named there: plain objects and arrays are hashed and
 * stored by content; class instances are refused as keys (unless the class declares
 * `[keyForm]()`) and come back as themselves only where the plan can name their class
 * (read-result-classes.ts); functions and symbols are refused.
 */
export interface ValueRow {
  /** The built-in as TypeScript names its type. */
  readonly name: string;
  /** In a key: hashed by content, or refused (with why). */
  readonly key: 'hashed' | 'refused';
  /** In the store: comes back identical in type and content, or refused (with why). */
  readonly store: 'round-trips' | 'refused';
  /** Type arguments are values too (checked in turn). */
  readonly container?: true;
  /** Why it is refused as a key. */
  readonly keyWhy?: string;
  /** Why it is refused as a result. */
  readonly storeWhy?: string;
}

function rowOf(name: string, kind: ValueKind): ValueRow {
  const key = kind.key === 'encoded' ? 'hashed' : 'refused';
  const store = kind.value === 'round-trips' ? 'round-trips' : 'refused';
  const keyWhy = key === 'refused' ? (kind.keyWhy ?? kind.lost) : undefined;
  const storeWhy =
    store === 'refused' ? `it ${kind.lost ?? 'does not round-trip'}: ${kind.fix ?? 'return plain data'}` : undefined;
  return {
    name,
    key,
    store,
    ...(kind.container === true ? { container: true as const } : {}),
    ...(keyWhy !== undefined ? { keyWhy } : {}),
    ...(storeWhy !== undefined ? { storeWhy } : {}),
  };
}

export const VALUE_TABLE: readonly ValueRow[] = TYPE_NAMES.map((name) => rowOf(name, kindOfType(name)!));

const BY_NAME = new Map(VALUE_TABLE.map((row) => [row.name, row]));

/** The table's row for a built-in, by the name of its type. */
export function valueRow(name: string | undefined): ValueRow | undefined {
  return name !== undefined ? BY_NAME.get(name) : undefined;
}

/** Typed arrays: a subclass of one comes back from the store as the base class. */
export const TYPED_ARRAY_NAMES: ReadonlySet<string> = new Set(
  [...(VALUE_KINDS.typedArray.types ?? []), 'Uint8Array'].filter((n) => n !== 'DataView'),
);
