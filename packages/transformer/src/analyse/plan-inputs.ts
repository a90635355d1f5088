import type * as ts from 'typescript';
import type { ExcludedField, KeyField } from '@keyproof/plan';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import type { Finding } from './finding';
import type { Annotations, Mark } from './key-marks';
import type { BodyInput } from './read-inputs';
import { inputNotInScope } from './check-annotations';
import { fileSyntax } from './file-syntax';
import { constAliasOf } from './provenance/resolve-function';
import { envConstantRead } from './read-body';
import { envReadNameOf } from './provenance/builtin-names';

/** The key decisions written about a memoised body's inputs (doc tags naming a captured or module value). */
export interface InputPlan {
  /** `@cacheKey chainId`: read where `memoize` is called, joins the key (index -2). */
  readonly fields: readonly KeyField[];
  /** `@excludeFromKey chainId reason`: stated not to shape the answer. */
  readonly excluded: readonly ExcludedField[];
  /**
   * The names the body reads a decided value by, when the decision names it otherwise: `cfg` after
   * `const cfg = analyticsConfig` and `@cacheKey analyticsConfig`.
   */
  readonly readAs: readonly string[];
  /** The marks that name parameters (left for the parameter plan). */
  readonly parameterMarks: readonly Mark[];
  readonly findings: readonly Finding[];
}

/**
 * Splits the doc tags that name an input of the body (`@cacheKey chainId`, `@excludeFromKey
 * config.region reason`) from those that name parameters. A decided input joins the key as a
 * value the projector reads where `memoize` is called, so it must be visible there.
 */
export function planInputs(
  ctx: AnalysisContext,
  site: MemoisedSite,
  annotations: Annotations,
  inputs: readonly BodyInput[],
): InputPlan {
  const params = new Set(annotations.params.flatMap((p) => [p.name, ...p.bindingNames]));
  const fields: KeyField[] = [];
  const excluded: ExcludedField[] = [];
  const parameterMarks: Mark[] = [];
  const readAs: string[] = [];
  const findings: Finding[] = [];
  for (const mark of annotations.marks) {
    if (params.has(mark.param) || !('tag' in mark.span)) {
      parameterMarks.push(mark);
      continue;
    }
    // the process's own objects are named as the process's, however the file imported them (`env.X` is `process.env.X`)
    const root = processSpelling(ctx, site, mark.param) ?? mark.param;
    const name = [root, ...mark.path].join('.');
    // module constants holding the environment variable named (`const REGION = process.env.REGION`)
    const held = name.startsWith('process.env.') ? inputs.filter((i) => heldEnvName(ctx, i) === name) : [];
    const input = inputNamed(inputs, root) ?? inputNamed(inputs, name) ?? held[0];
    // or the same value under another name: `const cfg = analyticsConfig` read, `analyticsConfig` decided
    const aliases = input === undefined ? aliasesOf(ctx, site, inputs, mark.param) : [];
    readAs.push(...held.map((i) => i.name));
    if (input === undefined && aliases.length === 0) {
      parameterMarks.push(mark);
      continue;
    }
    // the alias read with the same path (`cfg.warehouse.region` for `@cacheKey analyticsConfig.warehouse.region`)
    readAs.push(...new Set(aliases.map((a) => [rootName(a.name), ...mark.path].join('.'))));
    if (mark.kind === 'exclude') {
      excluded.push({ name, index: -2, reason: mark.reason });
      continue;
    }
    const visible =
      input === undefined ||
      (input.kind !== 'context' &&
        isVisibleAt(ctx, site, rootName(root), symbolNamed(input, root) ?? symbolNamed(input, name), input.kind));
    if (!visible) {
      findings.push(inputNotInScope(site.defaultId, mark, name, input.kind === 'context' ? input.name : undefined));
      continue;
    }
    if (!fields.some((f) => f.name === name)) fields.push({ name, index: mark.param === 'this' ? -1 : -2 });
  }
  return { fields, excluded, readAs, parameterMarks, findings };
}

/**
 * Whether the key decisions decide the value the body reads as `name`: decided by that name or a
 * path above it (`config` decides `config.model`), also read under an alias (`readAs`). One part
 * does not decide another (`config.region` does not decide `config.model`, nor one environment
 * variable another), nor a part the whole read.
 */
export function decides(plan: InputPlan, name: string): boolean {
  return [...plan.fields.map((f) => f.name), ...plan.excluded.map((f) => f.name), ...plan.readAs].some(
    (n) => n === name || name.startsWith(`${n}.`),
  );
}

/** The environment variable a module constant input holds (`process.env.REGION` for `const REGION = process.env.REGION`). */
function heldEnvName(ctx: AnalysisContext, input: BodyInput): string | undefined {
  // a constant of two variables (`process.env.REGION || process.env.FALLBACK_REGION`) holds neither alone
  if (input.declaration !== undefined && (input.declaration.getText().match(/\benv\b/g) ?? []).length > 1)
    return undefined;
  const read =
    input.kind === 'env' && input.declaration !== undefined ? envConstantRead(ctx, input.declaration) : undefined;
  return read !== undefined && input.declaration !== undefined
    ? envReadNameOf(ctx, read, input.declaration)
    : undefined;
}

/** `process.env` for a name the method's file imported the process's environment as (`import { env } from 'node:process'`). */
function processSpelling(ctx: AnalysisContext, site: MemoisedSite, name: string): string | undefined {
  const spelled = fileSyntax(ctx.ts, site.anchor.getSourceFile()).builtinNames.get(name);
  return spelled?.startsWith('process.') === true && inScope(ctx, site, name) !== undefined ? spelled : undefined;
}

/** The inputs that hold, under another name, the value `name` names where the method is declared. */
function aliasesOf(ctx: AnalysisContext, site: MemoisedSite, inputs: readonly BodyInput[], name: string): BodyInput[] {
  const named = inScope(ctx, site, name);
  if (named === undefined) return [];
  const target = aliasRoot(ctx, named);
  return inputs.filter((i) => i.symbol !== undefined && aliasRoot(ctx, i.symbol) === target);
}

function inScope(ctx: AnalysisContext, site: MemoisedSite, name: string): ts.Symbol | undefined {
  return ctx.checker
    ?.getSymbolsInScope(site.anchor, ctx.ts.SymbolFlags.Value | ctx.ts.SymbolFlags.Alias)
    .find((s) => s.name === name);
}

/** What a binding holds after imports and `const a = b` aliases. */
function aliasRoot(ctx: AnalysisContext, symbol: ts.Symbol): ts.Symbol {
  let s = symbol;
  for (let step = 0; step < 8; step++) {
    const next = constAliasOf(ctx, s);
    s = next.flags & ctx.ts.SymbolFlags.Alias && ctx.checker !== undefined ? ctx.checker.getAliasedSymbol(next) : next;
    if (s === next) break;
  }
  return s;
}

/** The input a decision names: by its root binding (`config` for `config.model`) or as read. */
function inputNamed(inputs: readonly BodyInput[], name: string): BodyInput | undefined {
  return (
    inputs.find((i) => i.name === name || rootName(i.name) === name) ??
    inputs.find((i) => i.from.some((f) => f.name === name))
  );
}

/** The symbol a decision's name refers to: the input's own, or one of the parameters it is computed from. */
function symbolNamed(input: BodyInput, name: string): ts.Symbol | undefined {
  const from = input.from.find((f) => f.name === name);
  return from !== undefined ? from.symbol : input.symbol;
}

export function rootName(name: string): string {
  return name.split(/[.(]/)[0]!;
}

/** The binding `name` at the `memoize` call (or decorator) is the one the body reads. */
function isVisibleAt(
  ctx: AnalysisContext,
  site: MemoisedSite,
  name: string,
  target: ts.Symbol | undefined,
  kind: BodyInput['kind'],
): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return true;
  if (kind === 'global' || name === 'process' || name === 'this') return true;
  const inScope = checker
    .getSymbolsInScope(site.anchor, ts.SymbolFlags.Value | ts.SymbolFlags.Alias)
    .find((s) => s.name === name);
  if (inScope === undefined || target === undefined) return false;
  const resolve = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const resolved = resolve(inScope);
  // the body's input may be held as the import itself or as what it imports (`import config from './x.json'`)
  if (inScope === target || resolved === resolve(target)) return true;
  // `Pricing.rates`: the class is what is in scope
  const declaration = target.valueDeclaration as ts.Node | undefined;
  return (
    declaration !== undefined &&
    ts.isPropertyDeclaration(declaration) &&
    resolved.valueDeclaration === declaration.parent
  );
}
