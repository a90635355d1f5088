import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { skipOuter } from './outer-expressions';

/** A function of the program whose body the engine can read. */
export type ProgramFunction =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.GetAccessorDeclaration;

/**
 * The symbol of the value a name reads. In `{ jobId }` the name is also a property: its value
 * is the variable or parameter `jobId`, which `getSymbolAtLocation` does not answer.
 */
export function valueSymbolAt(ctx: AnalysisContext, name: ts.Node): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  if (checker === undefined) return undefined;
  return ts.isShorthandPropertyAssignment(name.parent) && name.parent.name === name
    ? checker.getShorthandAssignmentValueSymbol(name.parent)
    : checker.getSymbolAtLocation(name);
}

/** The declaration a name refers to, through import aliases; undefined without a checker. */
export function declarationOf(ctx: AnalysisContext, name: ts.Node): ts.Declaration | undefined {
  const { ts, checker } = ctx;
  if (checker === undefined) return undefined;
  let symbol = valueSymbolAt(ctx, name);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

/** The function of the program a callee (`helper`, `this.helper`, `mod.helper`) calls, if it has a body. */
export function calledFunction(ctx: AnalysisContext, callee: ts.Expression): ProgramFunction | undefined {
  const { ts } = ctx;
  let node = callee;
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) return node;
  const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isIdentifier(node) ? node : undefined;
  if (name === undefined) return undefined;
  const declaration = declarationOf(ctx, name);
  return functionAt(ctx, declaration) ?? factoryProduct(ctx, declaration);
}

/** How many `const b = a` aliases are followed to the function they name. */
const MAX_ALIASES = 4;

/**
 * The function a declaration holds (`function f`, a method, `const f = () => …`, `readonly f =
 * () => …`), also through aliases that cannot change: `const tag = correlationId`,
 * `readonly log = helpers.log` (a `let` or a writable field may be reassigned: not followed).
 */
export function functionAt(
  ctx: AnalysisContext,
  declaration: ts.Node | undefined,
  aliases = 0,
): ProgramFunction | undefined {
  const { ts } = ctx;
  if (declaration === undefined || declaration.getSourceFile().isDeclarationFile) return undefined;
  if ((ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) && declaration.body !== undefined)
    return declaration;
  if (
    (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) &&
    declaration.initializer !== undefined
  ) {
    const init = skipOuter(ctx, declaration.initializer);
    if (ts.isFunctionExpression(init) || ts.isArrowFunction(init)) return init;
    if (aliases >= MAX_ALIASES || !cannotChange(ctx, declaration)) return undefined;
    const name = ts.isIdentifier(init) ? init : ts.isPropertyAccessExpression(init) ? init.name : undefined;
    if (name !== undefined) return functionAt(ctx, declarationOf(ctx, name), aliases + 1);
  }
  return undefined;
}

/**
 * The function a factory made, for a binding held longer than a call: a module `const` or a
 * `readonly` field initialised by a call of a program function that returns a function
 * (`const nextTurn = (() => { let n = 0; return () => n++; })()`, `readonly next = makeCounter()`).
 * Its captured state lives as long as that binding. A product held in a local (`const next =
 * makeNumberer()` in a function) starts again with each call of that function: not followed.
 */
function factoryProduct(ctx: AnalysisContext, declaration: ts.Node | undefined): ProgramFunction | undefined {
  const { ts } = ctx;
  if (
    declaration === undefined ||
    declaration.getSourceFile().isDeclarationFile ||
    !(ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) ||
    declaration.initializer === undefined ||
    !cannotChange(ctx, declaration) ||
    (ts.isVariableDeclaration(declaration) && enclosingFunction(ctx, declaration) !== undefined)
  )
    return undefined;
  const init = skipOuter(ctx, declaration.initializer);
  return ts.isCallExpression(init) ? returnedFunction(ctx, calledFunction(ctx, init.expression), 1) : undefined;
}

/** The function a factory returns (`return () => n++`, or a name for one), if it returns one. */
function returnedFunction(
  ctx: AnalysisContext,
  factory: ProgramFunction | undefined,
  aliases: number,
): ProgramFunction | undefined {
  const { ts } = ctx;
  if (factory === undefined) return undefined;
  for (const expression of returnedExpressions(ctx, factory)) {
    const returned = skipOuter(ctx, expression);
    if (ts.isFunctionExpression(returned) || ts.isArrowFunction(returned)) return returned;
    if (ts.isIdentifier(returned)) {
      const held = functionAt(ctx, declarationOf(ctx, returned), aliases + 1);
      if (held !== undefined) return held;
    }
  }
  return undefined;
}

/** A `const` binding, or a `readonly` class field. */
function cannotChange(ctx: AnalysisContext, declaration: ts.VariableDeclaration | ts.PropertyDeclaration): boolean {
  const { ts } = ctx;
  if (ts.isPropertyDeclaration(declaration))
    return declaration.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false;
  const list = declaration.parent;
  return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
}

/** The parameter index of `param` in its function, `this` not counted. */
export function parameterIndex(ctx: AnalysisContext, param: ts.ParameterDeclaration): number {
  const { ts } = ctx;
  return param.parent.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this')).indexOf(param);
}

/** The function-like node `node` is evaluated in (not crossing into nested functions' callers). */
export function enclosingFunction(ctx: AnalysisContext, node: ts.Node): ts.SignatureDeclaration | undefined {
  const { ts } = ctx;
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}

/** The expressions a function returns (an arrow's expression body, every `return x` not inside a nested function). */
export function returnedExpressions(ctx: AnalysisContext, fn: ProgramFunction): ts.Expression[] {
  const { ts } = ctx;
  const body = fn.body;
  if (body === undefined) return [];
  if (!ts.isBlock(body)) return [body];
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) {
      if (node.expression !== undefined) out.push(node.expression);
      return;
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(body);
  return out;
}
