import type * as ts from 'typescript';
import { planSignature, type ExcludedField, type KeyField, type PlanDescription } from '@keyproof/plan';
import { relativeTo, type AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import {
  excludedAndIncluded,
  normaliserAndPicks,
  pickedAndOmitted,
  unknownName,
  unknownPath,
} from './check-annotations';
import type { Finding } from './finding';
import { planCaptures } from './plan-captures';
import type { Annotations, Mark, ParamInfo } from './key-marks';
import type { ClassFieldDecision } from './plan-class-fields';
import { readResultClasses, type ResultClasses } from './read-result-classes';

/** A plan plus what the checks and the emitter need to know about it (internal: carries AST). */
export interface MethodPlan {
  readonly description: PlanDescription;
  readonly keyParams: readonly ParamInfo[];
  readonly excludedParams: readonly ParamInfo[];
  /** Names excluded below a key parameter (`req.jobId` -> `jobId`), for the leak checks. */
  readonly excludedPaths: readonly { readonly param: ParamInfo; readonly path: readonly string[] }[];
  readonly normalizers: ReadonlyMap<number, ts.Expression>;
  /** Excluded value (`sourceBytes`, `req.jobId`) -> the key parameter that captures its identity. */
  readonly capturedBy: ReadonlyMap<string, string>;
  /** True when the key is the `@cacheKey` allow-list. */
  readonly allowList: boolean;
  /** The classes the declared result holds and how the emitted file names them, or why it cannot come back (91032). */
  readonly resultClasses: ResultClasses;
  readonly findings: readonly Finding[];
}

/** Annotations in, key plan out. Pure: no emitting, no rules beyond the plan's own consistency. */
export function planMethod(
  ctx: AnalysisContext,
  site: MemoisedSite,
  annotations: Annotations,
  classFields: readonly ClassFieldDecision[],
  inputs: { readonly fields: readonly KeyField[]; readonly excluded: readonly ExcludedField[] } = {
    fields: [],
    excluded: [],
  },
): MethodPlan {
  const findings: Finding[] = [...annotations.findings];
  const { params } = annotations;
  const method = site.defaultId;
  const byParam = new Map<number, Mark[]>();
  for (const written of annotations.marks) {
    let mark = written;
    let param = params.find((p) => p.name === mark.param);
    // a name bound by a destructured parameter: `@excludeFromKey jobId` for `{ jobId, prompt }`
    const binder =
      param === undefined && mark.path.length === 0
        ? params.find((p) => p.bindingNames.includes(mark.param))
        : undefined;
    if (binder !== undefined) {
      param = binder;
      mark = { ...mark, param: binder.name, path: [written.param] };
      byParam.set(binder.index, [...(byParam.get(binder.index) ?? []), mark]);
      continue;
    }
    if (param === undefined) {
      findings.push(unknownName(method, mark, params));
      continue;
    }
    if (mark.path.length > 0 && !pathExists(ctx, param, mark.path)) {
      findings.push(unknownPath(method, mark, param));
      continue;
    }
    byParam.set(param.index, [...(byParam.get(param.index) ?? []), mark]);
  }

  const allowList = annotations.marks.some((m) => m.kind === 'include' && params.some((p) => p.name === m.param));
  const fields: KeyField[] = [];
  const excluded: ExcludedField[] = [];
  const keyParams: ParamInfo[] = [];
  const excludedParams: ParamInfo[] = [];
  const excludedPaths: { param: ParamInfo; path: readonly string[] }[] = [];
  const normalizers = new Map<number, ts.Expression>();

  for (const param of params) {
    const marks = byParam.get(param.index) ?? [];
    const wholeExclude = marks.find((m) => m.kind === 'exclude' && m.path.length === 0);
    const includes = marks.filter((m) => m.kind === 'include');
    const omits = marks.filter((m) => m.kind === 'exclude' && m.path.length > 0);
    if (wholeExclude !== undefined && includes.length > 0) {
      findings.push(excludedAndIncluded(method, param, wholeExclude, includes));
      continue;
    }
    if (wholeExclude !== undefined || (allowList && includes.length === 0)) {
      excludedParams.push(param);
      excluded.push({
        name: param.name,
        index: param.index,
        reason: wholeExclude?.reason ?? 'not listed by @cacheKey (the key is the @cacheKey allow-list)',
      });
      continue;
    }
    const picks = [
      ...includes.flatMap((m) => m.picks ?? []),
      ...includes.filter((m) => m.path.length > 0).map((m) => m.path.join('.')),
    ];
    const omit = omits.map((m) => m.path.join('.'));
    const clash = omit.find((o) => picks.some((p) => p === o || p.startsWith(`${o}.`) || o.startsWith(`${p}.`)));
    if (clash !== undefined) {
      findings.push(pickedAndOmitted(method, param, omits.find((m) => m.path.join('.') === clash) ?? omits[0]!, clash));
      continue;
    }
    const normalizerMarks = includes.filter((m) => m.normalizer !== undefined);
    const normalizer = normalizerMarks[0]?.normalizer;
    if (normalizer !== undefined && (picks.length > 0 || normalizerMarks.length > 1)) {
      findings.push(normaliserAndPicks(method, param, normalizerMarks[0]!));
      continue;
    }
    for (const m of omits) excludedPaths.push({ param, path: m.path });
    keyParams.push(param);
    if (normalizer !== undefined) normalizers.set(param.index, normalizer);
    fields.push({
      name: param.name,
      index: param.index,
      ...(picks.length > 0 ? { pick: [...new Set(picks)] } : {}),
      ...(omit.length > 0 ? { omit: [...new Set(omit)] } : {}),
      ...(normalizer !== undefined ? { normalize: normalizer.getText().replace(/\s+/g, ' ') } : {}),
    });
    for (const m of omits) {
      const name = param.bindingNames.length > 0 ? m.path.join('.') : `${param.name}.${m.path.join('.')}`;
      excluded.push({ name, index: param.index, reason: m.reason });
    }
  }

  for (const field of classFields) {
    if (field.decision === 'include') fields.push({ name: `this.${field.name}`, index: -1 });
    else excluded.push({ name: `this.${field.name}`, index: -1, reason: field.reason });
  }
  fields.push(...inputs.fields);
  excluded.push(...inputs.excluded);

  const resultClasses = readResultClasses(ctx, site, declaredResult(ctx, site));
  const result = resultClasses.shape;
  const description: PlanDescription = {
    format: 1,
    id: idOf(ctx, site),
    source: sourceOf(ctx, site),
    fields,
    excluded,
    signature: planSignature(fields, result),
    ...(result !== undefined ? { result } : {}),
  };
  const capturedBy = planCaptures(method, [...byParam.values()].flat(), params, keyParams, findings);
  return {
    description,
    keyParams,
    excludedParams,
    excludedPaths,
    normalizers,
    capturedBy,
    allowList,
    resultClasses,
    findings,
  };
}

/** What the memoised function's declared result resolves to (the Promise unwrapped), or undefined without types. */
function declaredResult(ctx: AnalysisContext, site: MemoisedSite): ts.Type | undefined {
  const { checker } = ctx;
  const signature = checker?.getSignatureFromDeclaration(site.fn);
  if (checker === undefined || signature === undefined) return undefined;
  const returned = checker.getReturnTypeOfSignature(signature);
  return checker.getAwaitedType(returned) ?? returned;
}

/** True when `path` names a property of the parameter's declared type (always true without types). */
function pathExists(ctx: AnalysisContext, param: ParamInfo, path: readonly string[]): boolean {
  const { checker } = ctx;
  if (checker === undefined) return true;
  let type: ts.Type = checker.getTypeAtLocation(param.node);
  for (const segment of path) {
    const nonNull = checker.getNonNullableType(type);
    if (nonNull.flags & (ctx.ts.TypeFlags.Any | ctx.ts.TypeFlags.Unknown)) return true;
    const property =
      checker.getPropertyOfType(nonNull, segment) ??
      (nonNull.isUnion()
        ? nonNull.types.map((t) => checker.getPropertyOfType(t, segment)).find((p) => p !== undefined)
        : undefined);
    if (property === undefined) return false;
    type = checker.getTypeOfSymbolAtLocation(property, param.node);
  }
  return true;
}

/** The `id` option as written, when there is one (`{ id: 'X' }`, `{ id: CacheIds.quote }`). */
export function idExpression(ctx: AnalysisContext, site: MemoisedSite): ts.Expression | undefined {
  const { ts } = ctx;
  const options = site.options;
  if (options === undefined || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const property of options.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === 'id') return property.initializer;
  }
  return undefined;
}

/**
 * The id the runtime will use: a literal `{ id: '...' }`, a constant the checker can read
 * (`{ id: CacheIds.quote }` with `as const`, a `const` string), else the default. An `id` that
 * is not a constant is reported by `check-id-constant.ts`.
 */
function idOf(ctx: AnalysisContext, site: MemoisedSite): string {
  const { ts, checker } = ctx;
  const written = idExpression(ctx, site);
  if (written === undefined) return site.defaultId;
  if (ts.isStringLiteralLike(written)) return written.text;
  const type = checker?.getTypeAtLocation(written);
  if (type?.isStringLiteral()) return type.value;
  return site.defaultId;
}

function sourceOf(ctx: AnalysisContext, site: MemoisedSite): string {
  const sourceFile = site.fn.getSourceFile();
  const { ts } = ctx;
  const at = site.fn.name !== undefined ? site.fn.name.getStart(sourceFile) : site.anchor.getStart(sourceFile);
  const line = ts.getLineAndCharacterOfPosition(sourceFile, at).line + 1;
  return `${relativeTo(ctx.rootDir, sourceFile.fileName)}:${line}`;
}
