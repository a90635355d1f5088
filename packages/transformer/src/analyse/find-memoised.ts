import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { finding, KeyproofError } from './finding';
import { keyproofExportOf } from './resolve-keyproof';

export type MemoisedFunction = ts.MethodDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.FunctionDeclaration;

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

/** Every `@memoize` method and `memoize(fn)` call of one file whose `memoize` is keyproof's. */
export function findMemoised(ctx: AnalysisContext, sourceFile: ts.SourceFile, onError: (error: KeyproofError) => void): MemoisedSite[] {
  const { ts } = ctx;
  const sites: MemoisedSite[] = [];
  const visit = (node: ts.Node): void => {
    try {
      if (ts.isMethodDeclaration(node)) {
        const site = methodSite(ctx, node);
        if (site !== undefined) sites.push(site);
      } else if (ts.isCallExpression(node) && !ts.isDecorator(node.parent)) {
        const site = functionSite(ctx, node);
        if (site !== undefined) sites.push(site);
      }
    } catch (error) {
      if (error instanceof KeyproofError) onError(error);
      else throw error;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return sites;
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

function functionSite(ctx: AnalysisContext, call: ts.CallExpression): MemoisedSite | undefined {
  const { ts } = ctx;
  if (keyproofExportOf(ctx, call.expression) !== 'memoize') return undefined;
  const [target, options] = call.arguments;
  if (target === undefined) return undefined; // `memoize(opts)` used as a decorator factory elsewhere
  if (ts.isObjectLiteralExpression(target)) {
    throw new KeyproofError(
      finding(
        'Unplannable',
        call,
        `memoize(${target.getText().length > 40 ? '{ … }' : target.getText()}) outside a decorator: keyproof plans a method only where @memoize(...) decorates it. ` +
          'Fix: write @memoize(options) on the method itself instead of storing the decorator in a variable.',
      ),
    );
  }
  const fn = functionOf(ctx, target);
  if (fn === undefined) {
    throw new KeyproofError(
      finding(
        'Unplannable',
        target,
        `memoize(${target.getText()}): keyproof cannot see the function's parameters, so it cannot plan its cache key. ` +
          'Fix: pass the function itself, `memoize(async function name(...) { ... })`, or a function declared in this file.',
      ),
    );
  }
  const variable = enclosingVariable(ctx, call);
  const ownName = fn.name !== undefined && ts.isIdentifier(fn.name) ? fn.name.text : undefined;
  const defaultId = ownName ?? (variable !== undefined && ts.isIdentifier(variable.name) ? variable.name.text : undefined) ?? (ts.isIdentifier(target) ? target.text : undefined);
  if (defaultId === undefined) {
    throw new KeyproofError(
      finding('Unplannable', call, 'memoize(...) of an anonymous function that is not assigned to a variable has no id. Fix: name the function or pass memoize(fn, { id: "..." }).'),
    );
  }
  const docHosts: ts.Node[] = [fn];
  if (variable !== undefined) docHosts.push(variable.parent.parent);
  if (ts.isFunctionDeclaration(fn)) docHosts.push(fn);
  return { kind: 'function', anchor: call, fn, options, classNode: undefined, defaultId, docHosts };
}

function functionOf(ctx: AnalysisContext, expr: ts.Expression): MemoisedFunction | undefined {
  const { ts } = ctx;
  let node: ts.Expression = expr;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
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

/** `const x = memoize(...)` -> the declaration of `x`. */
function enclosingVariable(ctx: AnalysisContext, call: ts.CallExpression): (ts.VariableDeclaration & { parent: { parent: ts.VariableStatement } }) | undefined {
  const { ts } = ctx;
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isVariableStatement(parent.parent.parent)) {
    return parent as ts.VariableDeclaration & { parent: { parent: ts.VariableStatement } };
  }
  return undefined;
}
