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

/** Every read of `symbol` in `scope`, a shorthand `{ x }` included (not `declared`, its own name), in source order. */
export function referencesIn(
  ctx: AnalysisContext,
  scope: ts.Node,
  symbol: ts.Symbol,
  declared?: ts.Node,
): ts.Identifier[] {
  const { ts } = ctx;
  const out: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node !== declared && valueSymbolAt(ctx, node) === symbol) out.push(node);
    else ts.forEachChild(node, visit);
  };
  visit(scope);
  return out;
}

/** The declaration a name refers to, through import aliases; undefined without a checker. */
export function declarationOf(ctx: AnalysisContext, name: ts.Node): ts.Declaration | undefined {
  const { ts, checker } = ctx;
  if (checker === undefined) return undefined;
  let symbol = valueSymbolAt(ctx, name);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

/** The declaration a binding name belongs to (through destructuring), if it is a variable. */
export function variableOf(ctx: AnalysisContext, declaration: ts.Node): ts.VariableDeclaration | undefined {
  const { ts } = ctx;
  let node: ts.Node = declaration;
  while (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node))
    node = node.parent;
  return ts.isVariableDeclaration(node) ? node : undefined;
}

/** The function of the program a callee (`helper`, `this.helper`, `mod.helper`) calls, if it has a body. */
export function calledFunction(ctx: AnalysisContext, callee: ts.Expression): ProgramFunction | undefined {
  const { ts } = ctx;
  const node = skipOuter(ctx, callee);
  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) return node;
  const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isIdentifier(node) ? node : undefined;
  if (name === undefined) return undefined;
  const declaration = declarationOf(ctx, name);
  return (
    functionAt(ctx, declaration) ??
    factoryMade(ctx, declaration)?.product ??
    (ts.isPropertyAccessExpression(node) ? productMember(ctx, node)?.product : undefined)
  );
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

/** A function a factory call made, with the factory and the call: its captured state lives as long as the binding. */
export interface FactoryProduct {
  readonly product: ProgramFunction;
  readonly factory: ProgramFunction;
  readonly call: ts.CallExpression;
}

/**
 * The function a factory made, for a binding held longer than a call: a module `const` or a
 * `readonly` field initialised by a call of a program function that returns a function
 * (`const nextTurn = (() => { let n = 0; return () => n++; })()`, `readonly next = makeCounter()`,
 * `function make() { function run() {…}; return run; }`). Its captured state lives as long as
 * that binding, and the factory's parameters are the call's arguments. A product held in a
 * local (`const next = makeNumberer()` in a function) starts again with each call of that
 * function: not followed.
 */
export function factoryMade(ctx: AnalysisContext, declaration: ts.Node | undefined): FactoryProduct | undefined {
  const call = factoryCall(ctx, declaration);
  if (call === undefined) return undefined;
  return remembered(ctx, call, () => {
    const factory = factoryOf(ctx, call);
    const product = returnedFunction(ctx, factory);
    return product !== undefined && factory !== undefined ? { product, factory, call } : undefined;
  });
}

/**
 * The function a lasting binding holds bound (`const fetchSku = fetchFor.bind(null,
 * process.env.TENANT)`, `readonly send = this.post.bind(this, REGION)`): the program function
 * itself, its first parameters set by the call's arguments, which configure the binding as a
 * factory's arguments do. (Not resolved as a callee: its arguments sit at other positions.)
 */
export function boundMade(ctx: AnalysisContext, declaration: ts.Node | undefined): FactoryProduct | undefined {
  const { ts } = ctx;
  const call = factoryCall(ctx, declaration);
  const callee = call !== undefined ? skipOuter(ctx, call.expression) : undefined;
  if (
    call === undefined ||
    callee === undefined ||
    !ts.isPropertyAccessExpression(callee) ||
    callee.name.text !== 'bind'
  )
    return undefined;
  const product = calledFunction(ctx, callee.expression);
  return product !== undefined ? { product, factory: product, call } : undefined;
}

/**
 * The function `holder.name` calls where `holder` is a lasting binding a factory call made an
 * object of functions for (`const ids = createIds()` returning `{ next() { return ++n; } }` or
 * `{ next: () => ++n }`): found in what the factory returns, whatever type the binding declares.
 */
export function productMember(ctx: AnalysisContext, access: ts.PropertyAccessExpression): FactoryProduct | undefined {
  const { ts } = ctx;
  const holder = skipOuter(ctx, access.expression);
  if (!ts.isIdentifier(holder)) return undefined;
  const call = factoryCall(ctx, declarationOf(ctx, holder));
  return call !== undefined ? memberOf(ctx, call, access.name.text) : undefined;
}

/** The function named `name` in the object literal the factory `call` calls returns. */
function memberOf(ctx: AnalysisContext, call: ts.CallExpression, name: string): FactoryProduct | undefined {
  const { ts } = ctx;
  const factory = factoryOf(ctx, call);
  if (factory === undefined) return undefined;
  for (const expression of returnedExpressions(ctx, factory)) {
    const returned = skipOuter(ctx, expression);
    if (!ts.isObjectLiteralExpression(returned)) continue;
    for (const property of returned.properties) {
      if (property.name === undefined || !ts.isIdentifier(property.name) || property.name.text !== name) continue;
      const product = ts.isMethodDeclaration(property)
        ? property.body !== undefined
          ? property
          : undefined
        : ts.isPropertyAssignment(property)
          ? functionOf(ctx, property.initializer)
          : ts.isShorthandPropertyAssignment(property)
            ? functionAt(ctx, declarationOf(ctx, property.name), 1)
            : undefined;
      if (product !== undefined) return { product, factory, call };
    }
  }
  return undefined;
}

/** The call a lasting binding (a module `const`, a `readonly` field) is initialised with. */
function factoryCall(ctx: AnalysisContext, declaration: ts.Node | undefined): ts.CallExpression | undefined {
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
  return ts.isCallExpression(init) ? init : undefined;
}

/** Per checker (a program's answers; an editor's next program has its own), what each factory call made. */
const made = new WeakMap<ts.TypeChecker, WeakMap<ts.CallExpression, FactoryProduct | null>>();

function remembered(
  ctx: AnalysisContext,
  call: ts.CallExpression,
  find: () => FactoryProduct | undefined,
): FactoryProduct | undefined {
  if (ctx.checker === undefined) return find();
  let byCall = made.get(ctx.checker);
  if (byCall === undefined) {
    byCall = new WeakMap();
    made.set(ctx.checker, byCall);
  }
  const known = byCall.get(call);
  if (known !== undefined) return known ?? undefined;
  const found = find();
  byCall.set(call, found ?? null);
  return found;
}

/** Calls being resolved to their factory: `const a = b(); const b = a();` resolves to nothing, not forever. */
const resolving = new Set<ts.CallExpression>();

function factoryOf(ctx: AnalysisContext, call: ts.CallExpression): ProgramFunction | undefined {
  if (resolving.has(call)) return undefined;
  resolving.add(call);
  try {
    return calledFunction(ctx, call.expression);
  } finally {
    resolving.delete(call);
  }
}

/** A function expression, or a name for a function. */
function functionOf(ctx: AnalysisContext, expression: ts.Expression): ProgramFunction | undefined {
  const { ts } = ctx;
  const e = skipOuter(ctx, expression);
  if (ts.isFunctionExpression(e) || ts.isArrowFunction(e)) return e;
  return ts.isIdentifier(e) ? functionAt(ctx, declarationOf(ctx, e), 1) : undefined;
}

/**
 * The declaration of a function's own `const` that `name` reads (`const out = {}` inside a
 * function, not a module's), with its initializer: inside that function the name is what it was
 * set to. Not for the `name` of a property access (`x.out`).
 */
export function ownConstOf(
  ctx: AnalysisContext,
  name: ts.Node,
): (ts.VariableDeclaration & { initializer: ts.Expression }) | undefined {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(name.parent) && name.parent.name === name) return undefined;
  const declaration = declarationOf(ctx, name);
  return declaration !== undefined &&
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer !== undefined &&
    (declaration.parent.flags & ts.NodeFlags.Const) !== 0 &&
    enclosingFunction(ctx, declaration) !== undefined
    ? (declaration as ts.VariableDeclaration & { initializer: ts.Expression })
    : undefined;
}

/** The function a factory returns (`return () => n++`, or a name for one), if it returns one. */
function returnedFunction(ctx: AnalysisContext, factory: ProgramFunction | undefined): ProgramFunction | undefined {
  if (factory === undefined) return undefined;
  for (const expression of returnedExpressions(ctx, factory)) {
    const returned = functionOf(ctx, expression);
    if (returned !== undefined) return returned;
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

/**
 * The expressions a function returns (an arrow's expression body, every `return x` not inside a
 * nested function); for a generator, also what it yields: its callers iterate those (`for await
 * (const row of rows())`), as an array's elements are the array's.
 */
export function returnedExpressions(ctx: AnalysisContext, fn: ProgramFunction): ts.Expression[] {
  const { ts } = ctx;
  const body = fn.body;
  if (body === undefined) return [];
  if (!ts.isBlock(body)) return [body];
  const generator = (fn as ts.FunctionLikeDeclarationBase).asteriskToken !== undefined;
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) {
      if (node.expression !== undefined) out.push(node.expression);
      return;
    }
    if (generator && ts.isYieldExpression(node) && node.expression !== undefined) out.push(node.expression);
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(body);
  return out;
}

/**
 * The binding a `const` only renames, followed (`cfg` of `const cfg = analyticsConfig` is
 * `analyticsConfig`'s import), stopping at an import: the same value under its first name.
 */
export function constAliasOf(ctx: AnalysisContext, symbol: ts.Symbol): ts.Symbol {
  const { ts, checker } = ctx;
  let s = symbol;
  for (let step = 0; step < 8 && checker !== undefined; step++) {
    const declaration = s.valueDeclaration;
    if (
      declaration === undefined ||
      !ts.isVariableDeclaration(declaration) ||
      (declaration.parent.flags & ts.NodeFlags.Const) === 0 ||
      declaration.initializer === undefined
    )
      break;
    const init = skipOuter(ctx, declaration.initializer);
    const next = ts.isIdentifier(init) ? checker.getSymbolAtLocation(init) : undefined;
    if (next === undefined) break;
    s = next;
  }
  return s;
}
