import type * as ts from 'typescript';
import type { CallIndex } from './call-index';
import { narrow, type Origin } from './origin';
import type { Provenance } from './trace-value';

/** How many callers up a parameter is followed. */
const MAX_CALLERS_DEPTH = 3;

/**
 * The sources that reach a parameter of a program function through its callers: when
 * `generateForJob(svc, jobId, …)` passes its `jobId` into a key position, each call of
 * `generateForJob` is asked what it passes as `jobId`. Bounded depth, cycle-safe.
 */
export function sourcesThroughCallers(
  engine: Provenance,
  calls: CallIndex,
  o: Origin,
  depth = 0,
  seen = new Set<ts.Node>(),
): Origin[] {
  if (o.root.kind !== 'param' || depth >= MAX_CALLERS_DEPTH || seen.has(o.root.fn)) return [];
  const { fn, index } = o.root;
  seen.add(fn);
  const out: Origin[] = [];
  const { ts } = engine.ctx;
  for (const call of calls.callsOfFunction(engine.ctx, fn)) {
    const arg = call.args[index];
    if (arg === undefined || ts.isSpreadElement(arg)) continue;
    let inner = engine.originsOf(arg);
    for (const segment of o.path) inner = narrow(inner, segment);
    for (const i of inner) {
      const joined: Origin = {
        ...i,
        at: [...o.at, ...i.at],
        exact: i.exact && o.exact,
        steps: [...o.steps, ...i.steps],
      };
      if (joined.root.kind === 'source') out.push(joined);
      else out.push(...sourcesThroughCallers(engine, calls, joined, depth + 1, seen));
    }
  }
  seen.delete(fn);
  return out;
}
