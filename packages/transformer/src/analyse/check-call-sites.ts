import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { finding, type Finding } from './finding';
import { perCallValueIn } from './per-call-value';
import type { MethodPlan } from './plan-method';

export interface PlannedSite {
  readonly site: MemoisedSite;
  readonly plan: MethodPlan;
}

/**
 * Every call of a memoised method or function in the program: a per-call value
 * (`randomUUID()`, `Date.now()`, a `PerCall<T>` value) in a key position, or a value that the
 * same call passes in an excluded position (or that is named like an excluded parameter),
 * makes the cache miss every time. Needs the type checker.
 */
export function checkCallSites(ctx: AnalysisContext, planned: readonly PlannedSite[], files: readonly ts.SourceFile[]): Finding[] {
  const { ts, checker } = ctx;
  if (checker === undefined || planned.length === 0) return [];
  const byNode = new Map<ts.Node, PlannedSite>();
  for (const p of planned) {
    byNode.set(p.site.fn, p);
    byNode.set(p.site.anchor, p);
  }
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const target = targetOf(ctx, node, byNode);
      if (target !== undefined) findings.push(...checkCall(ctx, node, target));
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  return findings;
}

function targetOf(ctx: AnalysisContext, call: ts.CallExpression, byNode: ReadonlyMap<ts.Node, PlannedSite>): PlannedSite | undefined {
  const { ts } = ctx;
  const checker = ctx.checker!;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
  if (name === undefined) return undefined;
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (declaration === undefined) return undefined;
  if (ts.isMethodDeclaration(declaration)) return byNode.get(declaration);
  if (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined) {
    let init: ts.Expression = declaration.initializer;
    while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init)) init = init.expression;
    return byNode.get(init);
  }
  return undefined;
}

function checkCall(ctx: AnalysisContext, call: ts.CallExpression, target: PlannedSite): Finding[] {
  const { ts } = ctx;
  const checker = ctx.checker!;
  const { plan, site } = target;
  const method = site.defaultId;
  const findings: Finding[] = [];
  const args = call.arguments;
  if (args.some((a) => ts.isSpreadElement(a))) return findings;
  const keyIndexes = new Set(plan.keyParams.map((p) => p.index));
  const excludedNames = new Set(plan.excludedParams.map((p) => p.name));
  const excludedSymbols = new Set<ts.Symbol | string>();
  plan.excludedParams.forEach((p) => {
    const arg = args[p.index];
    if (arg !== undefined) collectExcludedValue(ctx, arg, excludedSymbols);
  });
  args.forEach((arg, index) => {
    if (!keyIndexes.has(index)) return;
    const param = plan.keyParams.find((p) => p.index === index)!;
    const perCall = perCallValueIn(ctx, arg);
    if (perCall !== undefined) {
      findings.push(
        finding(
          'PerCallAtCallSite',
          arg,
          `This call passes ${perCall} as "${param.name}", a key parameter of ${method}: the value is new on every call, so this call never hits the cache. ` +
            `Fix: pass a value that identifies the work (not the call), or exclude "${param.name}" with "@excludeFromKey ${param.name} reason".`,
        ),
      );
      return;
    }
    const leaked = leakIn(ctx, checker, arg, excludedSymbols, excludedNames);
    if (leaked !== undefined) {
      findings.push(
        finding(
          'ExcludedAtCallSite',
          arg,
          `This call passes "${leaked}" into "${param.name}", a key parameter of ${method}, but "${leaked}" is what is excluded from the key ` +
            `(excluded: ${[...excludedNames].join(', ')}): the excluded value reaches the key anyway, and calls that differ only in it never share an entry. ` +
            `Fix: do not derive "${param.name}" from it at this call site.`,
        ),
      );
    }
  });
  return findings;
}

/**
 * The value an excluded argument passes, when it is a reference: an identifier by symbol, a
 * property chain by text (`job.id` is the value, not `job`, so `job.mode` elsewhere is fine).
 * A computed argument (`'job-' + name`) is derived from its parts, not the other way round:
 * it makes none of them excluded, so `name` may still be a key argument of the same call.
 */
function collectExcludedValue(ctx: AnalysisContext, node: ts.Expression, into: Set<ts.Symbol | string>): void {
  const { ts } = ctx;
  const checker = ctx.checker!;
  let n: ts.Expression = node;
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n)) n = n.expression;
  if (ts.isPropertyAccessExpression(n)) {
    into.add(n.getText().replace(/\s+/g, ''));
    return;
  }
  if (ts.isIdentifier(n)) {
    const symbol = checker.getSymbolAtLocation(n);
    if (symbol !== undefined && symbol.valueDeclaration !== undefined && !(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Method))) into.add(symbol);
  }
}

function leakIn(ctx: AnalysisContext, checker: ts.TypeChecker, arg: ts.Node, symbols: ReadonlySet<ts.Symbol | string>, names: ReadonlySet<string>): string | undefined {
  const { ts } = ctx;
  let found: string | undefined;
  const visit = (n: ts.Node): void => {
    if (found !== undefined || ts.isFunctionLike(n)) return;
    if (ts.isPropertyAccessExpression(n) && symbols.has(n.getText().replace(/\s+/g, ''))) {
      found = n.getText();
      return;
    }
    if (ts.isIdentifier(n)) {
      const symbol = checker.getSymbolAtLocation(n);
      if ((symbol !== undefined && symbols.has(symbol)) || names.has(n.text)) {
        found = ts.isPropertyAccessExpression(n.parent) && n.parent.name === n ? n.parent.getText() : n.text;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(arg);
  return found;
}
