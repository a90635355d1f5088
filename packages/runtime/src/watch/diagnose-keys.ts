import { KeySketch } from '../key-sketch.js';

/** The sketches of one method as its store record keeps them (`keySketch` on `~method:{id}`). */
export interface StoredKeySketch {
  /** One per key field, and per property of a field whose value is a plain object (at most 24). */
  readonly paths: ReadonlyArray<{ readonly path: string; readonly parent: string | null; readonly sketch: string }>;
  /** The last misses (at most 20, oldest first), for `keyproof explain --misses`. */
  readonly recentMisses?: readonly RecentMiss[];
  /**
   * Misses sketched, per process (a random token → its running count): what the sketches'
   * distinct values are compared with. A process sketches all of its first misses and a sample
   * after that (key-watch.ts), so this is not the store's miss count. Absent in records written
   * before sampling: then every miss was sketched.
   */
  readonly sampled?: Readonly<Record<string, number>>;
}

/** Processes whose sketched-miss counts a record keeps (the largest). */
const MAX_SAMPLERS = 64;

/** The misses sketched over every process, or undefined when the record does not say (every miss was sketched). */
export function sketchedMisses(sketch: StoredKeySketch): number | undefined {
  if (!sketch.sampled) return undefined;
  let sum = 0;
  for (const n of Object.values(sketch.sampled)) sum += n;
  return sum;
}

/** One miss as `keyproof explain --misses` shows it: when, why, and the digest of each key field. */
export interface RecentMiss {
  readonly at: number;
  readonly reason: string;
  readonly version: string;
  /** The entry key's digest (its last part). */
  readonly digest: string;
  /** Field path → 16 hex digits of its value's digest. */
  readonly fields: Readonly<Record<string, string>>;
}

export const MAX_RECENT_MISSES = 20;

/** A method whose key never repeats because of one field: what `key-never-repeats` reports. */
export interface KeyDiagnosis {
  readonly id: string;
  /** The field (or `field.property`) that is new on (nearly) every call. */
  readonly field: string;
  readonly calls: number;
  readonly hits: number;
  /** Estimated distinct values of `field` over the `sampled` calls that missed. */
  readonly distinct: number;
  /** Calls whose key fields were sketched: the misses. */
  readonly sampled: number;
  /** The most distinct values any other field had. */
  readonly others: number;
  /** How many other fields were compared. */
  readonly otherFields: number;
  readonly message: string;
}

/** Fields (and properties of fields) sketched per method: the rest are not watched. */
export const MAX_PATHS = 24;

/** A field is "new on every call" at this share of the sketched calls, and "repeats" at or below the second. */
const PER_CALL = 0.8;
const REPEATS = 0.5;
/** "Never hits": at most this share of calls were hits. */
const HIT_RATE = 0.01;

/**
 * The diagnosis, or undefined when there is none to make: enough calls (`minCalls`), next to no
 * hits, exactly one field (the deepest: `req.jobId` rather than `req`) distinct on nearly every
 * sketched call, and at least one other field that repeats. Two fields that vary together (a
 * prompt and its hash), or every field varying, are genuinely new inputs: no alarm.
 */
export function diagnoseKeys(
  id: string,
  figures: { readonly calls: number; readonly hits: number; readonly sampled: number },
  estimates: ReadonlyArray<PathEstimate>,
  minCalls: number,
): KeyDiagnosis | undefined {
  const { calls, hits, sampled } = figures;
  if (calls < minCalls || sampled < minCalls / 2 || hits > calls * HIT_RATE) return undefined;
  const paths = estimates.map((p) => ({ ...p, distinct: Math.min(sampled, p.distinct) }));
  const perCall = paths.filter((p) => p.distinct >= PER_CALL * sampled);
  // a field that is new every call because one of its properties is: the property is the cause
  const causes = perCall.filter((p) => !perCall.some((c) => c.parent === p.path));
  if (causes.length !== 1) return undefined;
  const cause = causes[0]!;
  const others = paths.filter((p) =>
    cause.parent === null
      ? p.parent === null && p.path !== cause.path
      : (p.parent === cause.parent && p.path !== cause.path) || (p.parent === null && p.path !== cause.parent),
  );
  if (others.length === 0 || others.some((o) => o.distinct > REPEATS * sampled)) return undefined;
  const most = Math.max(...others.map((o) => o.distinct));
  const k = others.length;
  const inCalls = sampled === calls ? `${calls} calls` : `the ${sampled} calls that missed`;
  const message =
    `${id}: ${calls} calls, ${hits} hits; field \`${cause.path}\` had ${cause.distinct} distinct values in ${inCalls} ` +
    `while the other ${k === 1 ? 'field' : `${k} fields`} had ${k === 1 ? '' : 'at most '}${most}. ` +
    `A per-call value is in the key: exclude it with \`@excludeFromKey ${cause.path} reason\`.`;
  return {
    id,
    field: cause.path,
    calls,
    hits,
    distinct: cause.distinct,
    sampled,
    others: most,
    otherFields: k,
    message,
  };
}

/** One sketched field and its estimated distinct values. */
export interface PathEstimate {
  readonly path: string;
  readonly parent: string | null;
  readonly distinct: number;
}

/** The estimates of stored sketches (a sketch that does not read is left out). */
export function estimatesOf(stored: StoredKeySketch): PathEstimate[] {
  return stored.paths.flatMap((p) => {
    const sketch = KeySketch.fromText(p.sketch);
    return sketch ? [{ path: p.path, parent: p.parent, distinct: sketch.estimate() }] : [];
  });
}

/** A `keySketch` read from a store record, or undefined when it is not one. */
export function readStoredSketch(value: unknown): StoredKeySketch | undefined {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as StoredKeySketch).paths)) return undefined;
  const paths = (value as StoredKeySketch).paths.filter(
    (p) =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.path === 'string' &&
      (p.parent === null || typeof p.parent === 'string') &&
      typeof p.sketch === 'string',
  );
  const misses = (value as StoredKeySketch).recentMisses;
  const recentMisses = Array.isArray(misses)
    ? misses.filter(
        (m) =>
          typeof m === 'object' &&
          m !== null &&
          typeof m.at === 'number' &&
          typeof m.reason === 'string' &&
          typeof m.digest === 'string' &&
          typeof m.fields === 'object' &&
          m.fields !== null,
      )
    : [];
  const counts = (value as StoredKeySketch).sampled;
  const sampled =
    typeof counts === 'object' && counts !== null && !Array.isArray(counts)
      ? Object.fromEntries(
          Object.entries(counts).filter(
            (e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0,
          ),
        )
      : undefined;
  return { paths, recentMisses, ...(sampled ? { sampled } : {}) };
}

/** Both sketches' paths, each path's registers merged (register-wise maximum); at most `maxPaths`. */
export function mergeStoredSketches(
  a: StoredKeySketch | undefined,
  b: StoredKeySketch,
  maxPaths: number,
): StoredKeySketch {
  const out = new Map<string, { path: string; parent: string | null; sketch: KeySketch }>();
  for (const p of [...(a?.paths ?? []), ...b.paths]) {
    const sketch = KeySketch.fromText(p.sketch);
    if (!sketch) continue;
    const have = out.get(p.path);
    if (have) have.sketch.merge(sketch);
    else if (out.size < maxPaths) out.set(p.path, { path: p.path, parent: p.parent, sketch });
  }
  // the last misses of every process, each once (a process writes its whole list each time)
  const misses = new Map<string, RecentMiss>();
  for (const m of [...(a?.recentMisses ?? []), ...(b.recentMisses ?? [])]) misses.set(`${m.at}:${m.digest}`, m);
  const recentMisses = [...misses.values()].sort((x, y) => x.at - y.at).slice(-MAX_RECENT_MISSES);
  // each process's running count: the larger one is its latest
  const counts = new Map<string, number>();
  for (const [token, n] of [...Object.entries(a?.sampled ?? {}), ...Object.entries(b.sampled ?? {})])
    counts.set(token, Math.max(n, counts.get(token) ?? 0));
  const sampled =
    counts.size > 0
      ? { sampled: Object.fromEntries([...counts].sort((x, y) => y[1] - x[1]).slice(0, MAX_SAMPLERS)) }
      : {};
  return {
    paths: [...out.values()].map((p) => ({ path: p.path, parent: p.parent, sketch: p.sketch.toText() })),
    recentMisses,
    ...sampled,
  };
}
