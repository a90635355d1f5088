import type * as ts from 'typescript';
import type { ExcludedField, KeyField } from '@keyproof/plan';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import type { Finding } from './finding';
import type { Annotations, Mark } from './key-marks';
import type { BodyInput } from './read-inputs';
import { inputNotInScope } from './check-annotations';

/** The key decisions written about a memoised body's inputs (doc tags naming a captured or module value). */
export interface InputPlan {
  /** `@cacheKey chainId`: read where `memoize` is called, joins the key (index -2). */
  readonly fields: readonly KeyField[];
  /** `@excludeFromKey chainId reason`: stated not to shape the answer. */
  readonly excluded: readonly ExcludedField[];
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
  const findings: Finding[] = [];
  for (const mark of annotations.marks) {
    const full = [mark.param, ...mark.path].join('.');
    const input =
      params.has(mark.param) || !('tag' in mark.span)
        ? undefined
        : (inputNamed(inputs, mark.param) ?? inputNamed(inputs, full));
    if (input === undefined) {
      parameterMarks.push(mark);
      continue;
    }
    const name = [mark.param, ...mark.path].join('.');
    if (mark.kind === 'exclude') {
      excluded.push({ name, index: -2, reason: mark.reason });
      continue;
    }
    const visible =
      input.kind !== 'context' &&
      isVisibleAt(ctx, site, mark.param, symbolNamed(input, mark.param) ?? symbolNamed(input, full), input.kind);
    if (!visible) {
      findings.push(inputNotInScope(site.defaultId, mark, name, input.kind === 'context' ? input.name : undefined));
      continue;
    }
    if (!fields.some((f) => f.name === name)) fields.push({ name, index: mark.param === 'this' ? -1 : -2 });
  }
  return { fields, excluded, parameterMarks, findings };
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
