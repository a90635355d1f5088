import type { MethodSnapshot, StatsSnapshot } from '../stats-snapshot.js';

/**
 * What a key or version change costs, from a stats snapshot: the old version's entries are
 * orphaned; those the snapshot saw asked for again (hit at least once) are expected to be
 * asked for again after the deploy, each one upstream call at the method's `cost`.
 */
export interface Price {
  /** The version whose entries are orphaned (the base's). */
  readonly version: string;
  readonly orphaned: number;
  /** Orphaned entries hit at least once over their lives. */
  readonly askedAgain: number;
  readonly cost: number;
  /** askedAgain × cost: the expected re-spend. */
  readonly respend: number;
  /** orphaned × cost: the re-spend if every orphaned entry is asked for again. */
  readonly respendIfAll: number;
  /** The method's calls per day over the snapshot's span, or null when it has no span. */
  readonly callsPerDay: number | null;
  /** askedAgain ÷ call rate, in milliseconds: a lower bound on the refill, or null without a rate. */
  readonly refillMs: number | null;
}

const DAY_MS = 86_400_000;

/** The price of orphaning `version` of method `id`, or undefined when the snapshot does not know the method. */
export function priceChange(snapshot: StatsSnapshot, id: string, version: string): Price | undefined {
  const method = snapshot.methods.find((m) => m.id === id);
  if (method === undefined) return undefined;
  const v = method.versions.find((x) => x.version === version);
  const orphaned = v?.entries ?? 0;
  const askedAgain = v?.askedAgain ?? 0;
  const rate = callsPerMs(method);
  return {
    version,
    orphaned,
    askedAgain,
    cost: method.cost,
    respend: round(askedAgain * method.cost),
    respendIfAll: round(orphaned * method.cost),
    callsPerDay: rate === null ? null : round(rate * DAY_MS),
    refillMs: rate === null ? null : Math.round(askedAgain / rate),
  };
}

/** Calls over the span between the first and last use the snapshot saw. */
function callsPerMs(method: MethodSnapshot): number | null {
  if (method.firstUse === null || method.lastUse === null || method.calls === 0) return null;
  const span = Date.parse(method.lastUse) - Date.parse(method.firstUse);
  return span > 0 ? method.calls / span : null;
}

/** Money to 1/10000 (the precision `cost` is shown with), without float noise. */
function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
