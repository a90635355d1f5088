import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import type { MethodPlan } from './plan-method';
import type { CallIndex } from './provenance/call-index';

export interface PlannedSite {
  readonly site: MemoisedSite;
  readonly plan: MethodPlan;
}

/**
 * The memoised methods and functions each called declaration stands for: the method itself,
 * the variable or class property a `memoize(fn)` is stored in, and an interface or base-class
 * method, which stands for every memoised implementation of it in the program.
 */
export function findCallTargets(
  ctx: AnalysisContext,
  planned: readonly PlannedSite[],
  calls: CallIndex,
): Map<ts.Node, PlannedSite[]> {
  const { ts } = ctx;
  const targets = new Map<ts.Node, PlannedSite[]>();
  const add = (node: ts.Node, p: PlannedSite): void => void targets.set(node, [...(targets.get(node) ?? []), p]);
  for (const p of planned) {
    if (p.site.kind === 'method') add(p.site.fn, p);
    else {
      const holder = holderOf(ctx, p.site.anchor);
      if (holder !== undefined) add(holder, p);
      // `memoize(async function f(…) {…})` handed around as a value: calls resolve to the function itself
      if (ts.isCallExpression(p.site.anchor) && p.site.anchor.arguments[0] === p.site.fn) add(p.site.fn, p);
    }
  }
  const heritage = new Map<ts.ClassLikeDeclaration, ReadonlySet<ts.Node>>();
  // a member is called as `x.name(…)`: the name without the quotes a string-literal member has
  const members = planned.flatMap((p) => memberName(ctx, p.site)?.replace(/^(['"])(.*)\1$/, '$2') ?? []);
  for (const declaration of calls.declarationsCalled(members)) {
    if (targets.has(declaration)) continue;
    const owner = declaration.parent;
    if (
      !(
        ts.isMethodSignature(declaration) ||
        ts.isMethodDeclaration(declaration) ||
        ts.isPropertySignature(declaration) ||
        ts.isPropertyDeclaration(declaration)
      )
    )
      continue;
    if (!ts.isInterfaceDeclaration(owner) && !ts.isClassLike(owner)) continue;
    const name = declaration.name.getText();
    for (const p of planned) {
      const cls = p.site.classNode;
      if (cls === undefined || cls === owner || memberName(ctx, p.site) !== name) continue;
      let supers = heritage.get(cls);
      if (supers === undefined) {
        supers = supertypesOf(ctx, cls);
        heritage.set(cls, supers);
      }
      if (supers.has(owner)) add(declaration, p);
    }
  }
  return targets;
}

/** `const x = memoize(…)` / `readonly x = memoize(…)`: the declaration of `x`. */
function holderOf(ctx: AnalysisContext, call: ts.Node): ts.Node | undefined {
  const { ts } = ctx;
  let node = call;
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isSatisfiesExpression(node.parent)
  )
    node = node.parent;
  const parent = node.parent;
  return (ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node
    ? parent
    : undefined;
}

function memberName(ctx: AnalysisContext, site: MemoisedSite): string | undefined {
  const { ts } = ctx;
  if (site.kind === 'method') return site.fn.name?.getText();
  const holder = holderOf(ctx, site.anchor);
  return holder !== undefined && ts.isPropertyDeclaration(holder) ? holder.name.getText() : undefined;
}

/** Every class and interface declaration a class extends or implements, transitively. */
function supertypesOf(ctx: AnalysisContext, cls: ts.ClassLikeDeclaration): ReadonlySet<ts.Node> {
  const { ts, checker } = ctx;
  const out = new Set<ts.Node>();
  const visit = (node: ts.ClassLikeDeclaration | ts.InterfaceDeclaration): void => {
    for (const clause of node.heritageClauses ?? []) {
      for (const type of clause.types) {
        let symbol = checker?.getSymbolAtLocation(type.expression);
        if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker!.getAliasedSymbol(symbol);
        for (const d of symbol?.declarations ?? []) {
          if ((ts.isClassLike(d) || ts.isInterfaceDeclaration(d)) && !out.has(d)) {
            out.add(d);
            visit(d);
          }
        }
      }
    }
  };
  visit(cls);
  return out;
}
