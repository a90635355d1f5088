import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { isPerCallName } from './check-per-call-names';
import { excludeFix } from './spell-decision';
import { finding, type Finding } from './finding';
import type { ParamInfo } from './key-marks';
import type { PlannedSite } from './find-call-targets';
import type { CallIndex, CallSite } from './provenance/call-index';
import { consequence, describePath, isClock, sortPhrase } from './provenance/describe-path';
import { isVarying, keyedOrigins, narrow, overlaps, sameRoot, type Origin } from './provenance/origin';
import { enclosingFunction } from './provenance/resolve-function';
import { sourcesThroughCallers } from './provenance/through-callers';
import type { Provenance } from './provenance/trace-value';

/** An excluded argument's value at one call: what it is (exact origins only) and what may carry it. */
interface ExcludedValue {
  readonly label: string;
  readonly origins: readonly Origin[];
  readonly capturedBy: string | undefined;
}

/**
 * Every call of a memoised method or function (directly, through the property it is stored in,
 * or through an interface or base-class method it implements), asked of the provenance engine:
 * does a per-call value reach a key argument (91020), here or from a caller of the enclosing
 * function? Does the value passed in an excluded position reach a key argument (91012)? A leak
 * is where the value came from, never how it is spelled. Needs the type checker.
 */
export function checkCallSites(
  ctx: AnalysisContext,
  engine: Provenance,
  calls: CallIndex,
  targets: ReadonlyMap<ts.Node, readonly PlannedSite[]>,
): Finding[] {
  const findings: Finding[] = [];
  const checked = new Map<ts.CallExpression, Set<PlannedSite>>();
  const memoised = new Map<ts.Node, PlannedSite>([...targets.values()].flat().map((p) => [p.site.fn, p]));
  for (const [declaration, sites] of targets) {
    for (const call of calls.callsOf(declaration)) {
      const done = checked.get(call.node) ?? new Set<PlannedSite>();
      checked.set(call.node, done);
      for (const target of sites) {
        if (done.has(target)) continue;
        done.add(target);
        findings.push(...checkCall(ctx, engine, calls, call, target, memoised));
      }
    }
  }
  return findings;
}

function checkCall(
  ctx: AnalysisContext,
  engine: Provenance,
  calls: CallIndex,
  call: CallSite,
  target: PlannedSite,
  memoised: ReadonlyMap<ts.Node, PlannedSite>,
): Finding[] {
  const { ts } = ctx;
  const { plan, site } = target;
  const method = site.defaultId;
  const args = call.args;
  // a spread hides which parameter each argument lands in, unless it only feeds a rest parameter
  const spread = args.findIndex((a) => ts.isSpreadElement(a));
  const rest = site.fn.parameters
    .filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))
    .findIndex((p) => p.dotDotDotToken !== undefined);
  if (spread >= 0 && (rest < 0 || spread < rest)) return [];
  const excluded = excludedValues(ctx, engine, target, args);
  const caller = enclosingFunction(ctx, call.node);
  const findings: Finding[] = [];
  for (const param of plan.keyParams)
    for (const arg of boundBy(ctx, param, args)) {
      const field = plan.description.fields.find((f) => f.index === param.index);
      const origins = keyedOrigins(engine.originsOf(arg), field?.pick, field?.omit);
      const into = `"${param.name}" of ${method}`;
      // a key the user confirmed with @cacheKey may be per-process, per-instance or per-request on purpose (the host a lookup is about)
      const counts = (o: Origin): boolean =>
        isVarying(o) && (!plan.allowList || (o.root.kind === 'source' && o.root.sort === 'per-call'));
      const direct = origins.find(counts);
      const upward =
        direct ??
        origins
          .filter((o) => o.root.kind === 'param' && o.root.fn === caller)
          .flatMap((o) => sourcesThroughCallers(engine, calls, o))
          .find(counts);
      if (upward !== undefined) {
        findings.push(
          finding(
            'PerCallAtCallSite',
            arg,
            `This call passes ${sortPhrase(upward)} as "${param.name}", a key parameter of ${method}: ${describePath(ctx, upward, into)}. ` +
              `${consequence(upward)} ` +
              `Fix: if "${param.name}" does not shape the result, exclude it (${excludeFix(ctx, param.name)}); otherwise pass a value that identifies the work, not the call` +
              `${isClock(upward) ? ' (a deliberate time bucket, such as the day, comes from a helper documented `@timeBucket day`)' : ''}.`,
          ),
        );
        continue;
      }
      const own = caller !== undefined ? memoised.get(caller) : undefined;
      const dropped = own !== undefined && own !== target ? ownExclusionIn(origins, own) : undefined;
      if (dropped !== undefined) {
        const callerName = own!.site.defaultId;
        findings.push(
          finding(
            'ExcludedAtCallSite',
            arg,
            `${callerName} excludes "${dropped.name}" from its key (${dropped.reason}: it does not shape ${callerName}'s answer), but passes it here into "${param.name}", a key parameter of ${method}, ` +
              `whose answer ${callerName} goes on to use: ${describePath(ctx, dropped.origin, into)}. Either ${dropped.name} shapes ${callerName}'s answer, and belongs in its key, or it does not, ` +
              `and ${method} should not key on it (calls that differ only in it never share an entry). Fix: key ${dropped.name} in ${callerName}, or exclude "${param.name}" from ${method}'s key.`,
          ),
        );
        continue;
      }
      const leak = leakInto(origins, excluded, param.name, field?.pick, field?.omit);
      if (leak !== undefined) {
        findings.push(
          finding(
            'ExcludedAtCallSite',
            arg,
            `This call passes the value it excludes as "${leak.value.label}" into "${param.name}", a key parameter of ${method}: ${describePath(ctx, leak.origin, into)}. ` +
              'The excluded value reaches the key anyway, so calls that differ only in it never share an entry. ' +
              `Fix: do not derive "${param.name}" from it at this call site${leak.origin.exact ? '' : `; if "${param.name}" is meant to stand for it (its content hash), say so: "@excludeFromKey ${leak.value.label} captured-by ${param.name}"`}.`,
          ),
        );
      }
    }
  return findings;
}

/**
 * The arguments a parameter binds at a call: its own, or for a rest parameter every one from its
 * place on (a spread among them, `prices(...all)`, by the array it spreads).
 */
function boundBy(ctx: AnalysisContext, param: ParamInfo, args: readonly ts.Expression[]): readonly ts.Expression[] {
  if (param.isRest) return args.slice(param.index).map((a) => (ctx.ts.isSpreadElement(a) ? a.expression : a));
  const arg = args[param.index];
  return arg === undefined ? [] : [arg];
}

function excludedValues(
  ctx: AnalysisContext,
  engine: Provenance,
  target: PlannedSite,
  args: readonly ts.Expression[],
): ExcludedValue[] {
  const { plan } = target;
  const out: ExcludedValue[] = [];
  for (const p of plan.excludedParams) {
    for (const arg of boundBy(ctx, p, args))
      out.push({
        label: p.name,
        origins: engine.originsOf(arg).filter((o) => o.exact),
        capturedBy: plan.capturedBy.get(p.name),
      });
  }
  for (const e of plan.excludedPaths) {
    const arg = args[e.param.index];
    if (arg === undefined) continue;
    let origins = engine.originsOf(arg);
    for (const segment of e.path) origins = narrow(origins, segment);
    const label = `${e.param.name}.${e.path.join('.')}`;
    out.push({ label, origins: origins.filter((o) => o.exact), capturedBy: plan.capturedBy.get(label) });
  }
  return out;
}

/** Properties that measure a whole value rather than name a part of it. */
const MEASURE = /^(?:length|size|byteLength|byteOffset)$/;

/** A key origin that holds (or is computed from) an excluded value: same root, overlapping paths, and hashed. */
function leakInto(
  origins: readonly Origin[],
  excluded: readonly ExcludedValue[],
  param: string,
  pick: readonly string[] | undefined,
  omit: readonly string[] | undefined,
): { value: ExcludedValue; origin: Origin } | undefined {
  for (const value of excluded) {
    if (value.capturedBy === param) continue;
    for (const k of origins) {
      for (const e of value.origins) {
        if (!sameRoot(k.root, e.root) || !overlaps(k.path, e.path)) continue;
        // the key holds a part of the excluded value (`job.data.sha256` of an excluded `job` handle):
        // a value of its own, a leak only when the part is what makes the whole per-call
        // (`job.data.jobId`) or a measure of the whole (`bytes.length`)
        if (
          k.path.length > e.path.length &&
          !k.path.slice(e.path.length).some((s) => isPerCallName(s) || MEASURE.test(s))
        )
          continue;
        // the key holds a bigger value that contains the excluded one: hashed only if not omitted, and picked
        if (
          k.path.length < e.path.length &&
          keyedOrigins([{ ...k, at: [...k.at, ...e.path.slice(k.path.length)] }], pick, omit).length === 0
        )
          continue;
        return { value, origin: k };
      }
    }
  }
  return undefined;
}

/**
 * A key origin that is a parameter the calling memoised function excludes from its own key
 * (stated not to shape its answer): the nested memoised call's answer then depends on it.
 */
function ownExclusionIn(
  origins: readonly Origin[],
  own: PlannedSite,
): { name: string; reason: string; origin: Origin } | undefined {
  for (const p of own.plan.excludedParams) {
    const excluded = own.plan.description.excluded.find((x) => x.index === p.index);
    if (excluded === undefined || excluded.reason.startsWith('not listed by @cacheKey')) continue;
    const origin = origins.find(
      (o) => o.root.kind === 'param' && o.root.fn === own.site.fn && o.root.index === p.index && o.path.length === 0,
    );
    if (origin !== undefined)
      return { name: p.name, reason: excluded.reason === '@notKey' ? '@notKey' : `"${excluded.reason}"`, origin };
  }
  return undefined;
}
