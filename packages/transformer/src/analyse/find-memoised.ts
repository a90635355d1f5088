import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { fileSyntax } from './file-syntax';
import { keyproofExportOf } from './resolve-keyproof';
import { skipOuter } from './provenance/outer-expressions';

type MemoisedFunction = ts.MethodDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.FunctionDeclaration;

/** A memoised method or function as found in the source (internal: carries AST). */
export interface MemoisedSite {
  readonly kind: 'method' | 'function';
  /** The decorator's expression (`memoize`, `memoize(opts)`) or the `memoize(fn, opts)` call. */
  readonly anchor: ts.Expression;
  readonly fn: MemoisedFunction;
  /** The options argument as written, if any. */
  readonly options: ts.Expression | undefined;
  readonly classNode: ts.ClassLikeDeclaration | undefined;
  /** `Class.method`, the function's name, or the variable it is assigned to. */
  readonly defaultId: string;
  /** Nodes whose doc comments belong to this method (the method; the variable statement). */
  readonly docHosts: readonly ts.Node[];
}

/** A `memoize(...)` call keyproof cannot plan, and why (`check-unplannable.ts` reports it). */
export interface UnplannableCall {
  readonly node: ts.Node;
  readonly why: 'decorator-in-variable' | 'function-not-visible' | 'anonymous';
}

export interface MemoisedInFile {
  readonly sites: readonly MemoisedSite[];
  readonly unplannable: readonly UnplannableCall[];
}

/** Every `@memoize` method and `memoize(fn)` call of one file whose `memoize` is keyproof's. */
export function findMemoised(ctx: AnalysisContext, sourceFile: ts.SourceFile): MemoisedInFile {
  const { ts } = ctx;
  const sites: MemoisedSite[] = [];
  const unplannable: UnplannableCall[] = [];
  for (const node of fileSyntax(ts, sourceFile).nodes) {
    if (ts.isMethodDeclaration(node)) {
      const site = methodSite(ctx, node);
      if (site !== undefined) sites.push(site);
    } else if (!ts.isDecorator(node.parent)) {
      const site = functionSite(ctx, node);
      if (site !== undefined && 'why' in site) unplannable.push(site);
      else if (site !== undefined) sites.push(site);
    }
  }
  return { sites, unplannable };
}

/** A method keyproof memoises: its own plan and checks answer for what it reads. */
export function isMemoisedMethod(ctx: AnalysisContext, node: ts.Node): boolean {
  return ctx.ts.isMethodDeclaration(node) && methodSite(ctx, node) !== undefined;
}

function methodSite(ctx: AnalysisContext, method: ts.MethodDeclaration): MemoisedSite | undefined {
  const { ts } = ctx;
  for (const decorator of ts.getDecorators(method) ?? []) {
    const expr = decorator.expression;
    const callee = ts.isCallExpression(expr) ? expr.expression : expr;
    if (keyproofExportOf(ctx, callee) !== 'memoize') continue;
    const classNode = ts.isClassLike(method.parent) ? method.parent : undefined;
    const className = classNode?.name?.text ?? 'anonymous';
    const methodName = method.name.getText();
    return {
      kind: 'method',
      anchor: expr,
      fn: method,
      options: ts.isCallExpression(expr) ? expr.arguments[0] : undefined,
      classNode,
      defaultId: `${className}.${methodName}`,
      docHosts: [method],
    };
  }
  return undefined;
}

function functionSite(ctx: AnalysisContext, call: ts.CallExpression): MemoisedSite | UnplannableCall | undefined {
  const { ts } = ctx;
  if (keyproofExportOf(ctx, call.expression) !== 'memoize') return undefined;
  const [target, options] = call.arguments;
  if (target === undefined) return undefined; // `memoize(opts)` used as a decorator factory elsewhere
  if (ts.isObjectLiteralExpression(target)) return { node: call, why: 'decorator-in-variable' };
  const fn = functionOf(ctx, target);
  if (fn === undefined) return { node: target, why: 'function-not-visible' };
  const holder = enclosingHolder(ctx, call);
  const classNode =
    holder !== undefined && ts.isPropertyDeclaration(holder) && ts.isClassLike(holder.parent)
      ? holder.parent
      : undefined;
  const ownName = fn.name !== undefined && ts.isIdentifier(fn.name) ? fn.name.text : undefined;
  const holderName =
    holder !== undefined && (ts.isIdentifier(holder.name) || ts.isPrivateIdentifier(holder.name))
      ? holder.name.text
      : undefined;
  const defaultId =
    classNode !== undefined && holderName !== undefined
      ? `${classNode.name?.text ?? 'anonymous'}.${holderName}`
      : (ownName ?? holderName ?? (ts.isIdentifier(target) ? target.text : undefined));
  if (defaultId === undefined) return { node: call, why: 'anonymous' };
  const docHosts: ts.Node[] = [fn];
  if (holder !== undefined) docHosts.push(ts.isVariableDeclaration(holder) ? holder.parent.parent : holder);
  return { kind: 'function', anchor: call, fn, options, classNode, defaultId, docHosts };
}

function functionOf(ctx: AnalysisContext, expr: ts.Expression): MemoisedFunction | undefined {
  const { ts } = ctx;
  const node = skipOuter(ctx, expr);
  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) return node;
  if (ts.isIdentifier(node) && ctx.checker !== undefined) {
    const symbol = ctx.checker.getSymbolAtLocation(node);
    const declaration = symbol?.valueDeclaration;
    if (declaration === undefined || declaration.getSourceFile() !== expr.getSourceFile()) return undefined;
    if (ts.isFunctionDeclaration(declaration) && declaration.body !== undefined) return declaration;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined) {
      const init = declaration.initializer;
      if (ts.isFunctionExpression(init) || ts.isArrowFunction(init)) return init;
    }
  }
  return undefined;
}

/** `const x = memoize(...)` / `readonly x = memoize(...)` -> the declaration of `x`. */
function enclosingHolder(
  ctx: AnalysisContext,
  call: ts.CallExpression,
): ts.VariableDeclaration | ts.PropertyDeclaration | undefined {
  const { ts } = ctx;
  let node: ts.Node = call;
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isSatisfiesExpression(node.parent)
  )
    node = node.parent;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isVariableStatement(parent.parent.parent))
    return parent;
  if (ts.isPropertyDeclaration(parent) && parent.initializer === node) return parent;
  return undefined;
}
