import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { parameterIndex } from './resolve-function';

/**
 * What kind of value a source produces, and so how far apart two calls see it:
 * - `per-call`: new on every evaluation (`randomUUID()`, `Date.now()`, `new Date()`);
 * - `per-process`: fixed for a process, different between processes (`hostname()`,
 *   `process.pid`, a module constant built from a per-call value);
 * - `per-instance`: fixed for an object, different between objects (`readonly id = randomUUID()`);
 * - `request`: read from the request being served (`req.id`, `req.headers['x-request-id']`);
 * - `config`: read from the environment (`process.env.OPENAI_MODEL`): fixed until a deploy
 *   changes it, never in the key unless passed in.
 */
export type SourceSort = 'per-call' | 'per-process' | 'per-instance' | 'request' | 'config';

/** True for sources whose value differs between calls, processes, instances or requests. */
export function isVarying(o: Origin): boolean {
  return o.root.kind === 'source' && o.root.sort !== 'config';
}

/** Where a value comes from, at the end of its path. */
export type Root =
  /** A parameter of a function of the program (index in its declared parameters, `this` not counted). */
  | { readonly kind: 'param'; readonly fn: ts.SignatureDeclaration; readonly index: number }
  /** A value that differs between calls, processes, instances or requests. */
  | { readonly kind: 'source'; readonly node: ts.Node; readonly sort: SourceSort; readonly what: string }
  /** A binding the engine does not look through: a module `let`, a class field, `this`. */
  | { readonly kind: 'binding'; readonly symbol: ts.Symbol; readonly name: string };

/** One name a value passed through on its way to the use, for diagnostics (`label` (line 12)). */
interface Step {
  readonly name: string;
  readonly node: ts.Node;
}

/** One origin of a value: a root, which part of it, and where it sits in the value traced. */
export interface Origin {
  readonly root: Root;
  /** Property path inside the root's value (`job.id` -> `['id']` of root `job`). */
  readonly path: readonly string[];
  /** Where in the traced value this origin sits (`{ jobId: x }` -> `['jobId']`); empty for the whole value. */
  readonly at: readonly string[];
  /** True when the traced value is the root's (sub)value itself; false when computed from it. */
  readonly exact: boolean;
  /** Names passed through, nearest the use first. */
  readonly steps: readonly Step[];
  /**
   * A parameter quantised to an hour or coarser inside its function (`utcDay(ms)` returning
   * `Math.floor(ms / DAY_MS)`): a clock passed to it comes out as a time bucket.
   */
  readonly bucketed?: true;
}

export function sameRoot(a: Root, b: Root): boolean {
  if (a.kind === 'param' && b.kind === 'param') return a.fn === b.fn && a.index === b.index;
  if (a.kind === 'source' && b.kind === 'source') return a.node === b.node;
  if (a.kind === 'binding' && b.kind === 'binding') return a.symbol === b.symbol;
  return false;
}

/** True when one path is a prefix of the other (`job` holds `job.id`; `job.id` is in `job`). */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i] && a[i] !== '*' && b[i] !== '*') return false;
  return true;
}

/**
 * An element's position in an array literal (`[a, b]`: `0`, `1`). Positions tell a tuple's
 * elements apart (`const [user, at] = await Promise.all([load(id), Date.now()])`: `user` holds
 * nothing of the clock); a property looks through them (an element's `id`), and a position of
 * a value that is not such a literal keeps the whole value.
 */
function isIndex(segment: string): boolean {
  return /^\d+$/.test(segment);
}

/** An origin at an array literal's position, at no known position any more (`[a, b].sort()`). */
export function unpositioned(o: Origin): Origin {
  return o.at.length > 0 && isIndex(o.at[0]!) ? { ...o, at: ['*', ...o.at.slice(1)] } : o;
}

/** The origins of `x.name`, given the origins of `x`. */
export function narrow(origins: readonly Origin[], name: string): Origin[] {
  const out: Origin[] = [];
  for (const o of origins) {
    if (o.at.length === 0) out.push({ ...o, path: [...o.path, name] });
    else if (o.at[0] === name || o.at[0] === '*') out.push({ ...o, at: o.at.slice(1) });
    else if (isIndex(o.at[0]!)) {
      if (!isIndex(name)) out.push(...narrow([{ ...o, at: o.at.slice(1) }], name));
    } else if (isIndex(name)) out.push(o);
  }
  return out;
}

/** Origins that sit under a position: `omit` drops those under an omitted path, `pick` keeps those under a picked one. */
export function keyedOrigins(
  origins: readonly Origin[],
  pick: readonly string[] | undefined,
  omit: readonly string[] | undefined,
): Origin[] {
  const split = (p: string): string[] => p.split('.');
  return origins.filter((o) => {
    if (omit?.some((p) => startsWith(o.at, split(p)))) return false;
    if (pick !== undefined && o.at.length > 0 && !pick.some((p) => overlaps(o.at, split(p)))) return false;
    return true;
  });
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p || path[i] === '*');
}

export function origin(root: Root): Origin {
  return { root, path: [], at: [], exact: true, steps: [] };
}

export function paramOrigin(
  ctx: AnalysisContext,
  param: ts.ParameterDeclaration,
  path: readonly string[] = [],
): Origin {
  return { ...origin({ kind: 'param', fn: param.parent, index: parameterIndex(ctx, param) }), path };
}

/** A per-call source read once per instance or per process is that, not per call. */
export function withSort(o: Origin, sort: 'per-instance' | 'per-process'): Origin {
  return o.root.kind === 'source' && o.root.sort === 'per-call' ? { ...o, root: { ...o.root, sort } } : o;
}
