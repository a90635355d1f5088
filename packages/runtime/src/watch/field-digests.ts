import { digestKeyFields } from '../encode-key.js';
import type { KeyPlan } from '../plan.js';
import { projectField } from '../project-fields.js';

/** One key field (or one property of a field that is a plain object) and the digest of its value. */
export interface FieldDigest {
  /** `jobId`, `req.jobId` (a property of field `req`), or a parameter name of an unplanned method. */
  readonly path: string;
  /** The field a property belongs to, or null for a field of the plan. */
  readonly parent: string | null;
  /** 16 hex digits (64 bits) of SHA-256 over a prefix and the value's key encoding (HMAC under a keySecret). */
  readonly digest: string;
}

/** Properties digested per field (a field with more keys is digested whole only past these). */
const MAX_PROPERTIES = 16;

/**
 * The per-field digests of a call's key: each planned field, and each own property of a field
 * whose value is a plain object (the queue message a per-call value hides in). For an
 * unplanned method, whose one field is the argument list, each argument, named after the
 * function's parameters when they are plain names. Digests only: values never leave here.
 * Only called on a miss (the hit path never digests fields one by one).
 */
export function fieldDigests(
  plan: KeyPlan,
  argNames: readonly string[] | undefined,
  self: unknown,
  args: readonly unknown[],
  secret: Uint8Array | undefined,
): FieldDigest[] {
  const raw = (plan.project as (this: unknown, ...a: unknown[]) => readonly unknown[]).apply(self, args as unknown[]);
  const out: FieldDigest[] = [];
  plan.fields.forEach((field, i) => {
    const value = projectField(field, raw[i]);
    out.push({ path: field.name, parent: null, digest: digestOf(field.name, value, secret) });
    if (plan.source === 'unplanned' && Array.isArray(value)) {
      value.slice(0, MAX_PROPERTIES).forEach((arg, a) => {
        const path = argNames?.[a] ?? `arguments[${a}]`;
        out.push({ path, parent: field.name, digest: digestOf(path, arg, secret) });
      });
    } else if (isPlainObject(value)) {
      for (const prop of Object.keys(value).slice(0, MAX_PROPERTIES)) {
        const path = `${field.name}.${prop}`;
        out.push({ path, parent: field.name, digest: digestOf(path, value[prop], secret) });
      }
    }
  });
  return out;
}

const PREFIX = Buffer.from('keyproof-field/1\0', 'utf8');

/** The key digest machinery (pooled encoder, one-shot SHA-256, HMAC under a secret) over one value. */
function digestOf(path: string, value: unknown, secret: Uint8Array | undefined): string {
  return digestKeyFields(PREFIX, [value], [path], secret).slice(0, 16);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The parameter names of a function when they are plain names (`(jobId, mode, name)`, with
 * or without defaults), else undefined: names for an unplanned method's arguments.
 */
export function parameterNames(fn: (...args: never[]) => unknown): string[] | undefined {
  const source = Function.prototype.toString.call(fn);
  const open = source.indexOf('(');
  const close = source.indexOf(')', open);
  if (open < 0 || close < 0) return undefined;
  const list = source.slice(open + 1, close).trim();
  if (list === '') return [];
  const names: string[] = [];
  for (const part of list.split(',')) {
    if (part.trim().startsWith('...')) break; // a rest parameter: its elements have no names
    const m = /^\s*([A-Za-z_$][\w$]*)\s*(?:=[^'"`([{]*)?$/.exec(part);
    if (!m) return undefined;
    names.push(m[1]!);
  }
  return names;
}
