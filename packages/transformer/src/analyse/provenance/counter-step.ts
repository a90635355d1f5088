import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { declarationOf, enclosingFunction, referencesIn } from './resolve-function';
import { accessRoot, skipOuter } from './outer-expressions';
import { isDiscarded } from './value-discarded';

/**
 * THE PRINCIPLE. A counter whose storage outlives the call that steps it (an object's field, a
 * module variable, a static, the state a closure keeps between calls) has a new value after
 * every step, so the value of a step is new on every call. It is a per-call source where that
 * value is used; a step whose value is thrown away only counts (`this.calls++;`).
 *
 * A step is `++` or `--` (prefix or postfix), `+=`/`-=` on a number (a running total is as new
 * each time; a string built with `+=` is not a counter), or `it.next()` on an iterator held by
 * a binding (a generator's state advances with each step, and each step yields its next value;
 * the iterator must be made once, not for the call, and stepped in a call, not at load).
 * Its value is used unless it is discarded on the way out (value-discarded.ts: a statement,
 * `void`, the left of a comma, a callback whose result nobody reads, `forEach(() => n++)`).
 *
 * The storage outlives the stepping invocation when the counter is `this.x` (or a static, or a
 * property of anything not made fresh in that invocation), a module binding, a parameter's
 * property (the caller's object), or a variable of an enclosing function that the stepping
 * function escapes (returned or stored: `return () => n++`, the closure a factory hands out).
 * A local of the stepping function (a loop index, a local object literal's field) and a
 * variable of an enclosing function stepped by a callback that does not escape it
 * (`items.map(() => i++)`) start again with each call.
 */
export function isCounterStep(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  const target = steppedTarget(ctx, node);
  if (target === undefined || isDiscarded(ctx, node)) return false;
  // an iterator steps per call when a binding made once holds it (`const seq = sequence()`, a
  // closure's); one in an object's field or a parameter's property is as often made for the call
  // (`new Parser(doc).first()`), and a step taken at load is taken once
  if (ts.isCallExpression(node))
    return (
      ts.isIdentifier(skipOuter(ctx, target)) &&
      enclosingFunction(ctx, node) !== undefined &&
      outlivesStep(ctx, target, node)
    );
  return outlivesStep(ctx, target, node);
}

/**
 * A read of a counter's storage after the same function stepped it and threw the step's value away
 * (`this.last += 1; return \`INV-${this.last}\``) is that step's value, as `return ++this.last`
 * would be: new on every call. The read must be the same storage (`this.last`, the same module
 * binding), later in the function than the step, and not itself written or stepped.
 */
export function isReadAfterStep(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined || !(ts.isPropertyAccessExpression(node) || ts.isIdentifier(node))) return false;
  if (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) return false; // `x.last`'s name
  if (steppedTarget(ctx, node.parent) !== undefined || isWriteTarget(ctx, node)) return false;
  const fn = enclosingFunction(ctx, node);
  if (fn === undefined || !numeric(ctx, node as ts.Expression)) return false;
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
  if (symbol === undefined) return false;
  const text = node.getText().replace(/\s+/g, '');
  return stepsIn(ctx, fn).some(
    ({ step, target }) =>
      step.end <= node.getStart() &&
      skipOuter(ctx, target).getText().replace(/\s+/g, '') === text &&
      checker.getSymbolAtLocation(ts.isPropertyAccessExpression(target) ? target.name : target) === symbol &&
      outlivesStep(ctx, target, step),
  );
}

/** `node` is assigned to (`x = …`, `x ??= …`), not read. */
function isWriteTarget(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

/** The discarded steps a function takes (`this.n += 1;`), in its own body (not its callbacks'), found once per function. */
const stepsCache = new WeakMap<ts.Node, { step: ts.Node; target: ts.Expression }[]>();
function stepsIn(ctx: AnalysisContext, fn: ts.SignatureDeclaration): { step: ts.Node; target: ts.Expression }[] {
  const { ts } = ctx;
  const cached = stepsCache.get(fn);
  if (cached !== undefined) return cached;
  const out: { step: ts.Node; target: ts.Expression }[] = [];
  const body = (fn as ts.FunctionLikeDeclaration).body;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    const target = ts.isCallExpression(node) ? undefined : steppedTarget(ctx, node);
    if (target !== undefined && isDiscarded(ctx, node)) out.push({ step: node, target });
    ts.forEachChild(node, visit);
  };
  if (body !== undefined) ts.forEachChild(body, visit);
  stepsCache.set(fn, out);
  return out;
}

/** What `node` steps, when it is a step. */
function steppedTarget(ctx: AnalysisContext, node: ts.Node): ts.Expression | undefined {
  const { ts } = ctx;
  if (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken
      ? node.operand
      : undefined;
  }
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ||
      node.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) &&
    numeric(ctx, node.left)
  )
    return node.left;
  if (ts.isCallExpression(node) && node.arguments.length <= 1) {
    const callee = skipOuter(ctx, node.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'next' && iteratorResult(ctx, node))
      return callee.expression;
  }
  return undefined;
}

/** What an iterator's `next()` answers (or promises): an `IteratorResult`, `{ done, value }`. */
function iteratorResult(ctx: AnalysisContext, call: ts.CallExpression): boolean {
  const { checker } = ctx;
  if (checker === undefined) return false;
  const type = checker.getTypeAtLocation(call);
  const result = checker.getAwaitedType(type) ?? type;
  return result.getProperty('done') !== undefined && result.getProperty('value') !== undefined;
}

/** A number or bigint (`text += line` builds a string, it does not count); without a checker, assumed. */
function numeric(ctx: AnalysisContext, node: ts.Expression): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return true;
  return (checker.getTypeAtLocation(node).flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) !== 0;
}

/** Whether the storage `target` names outlives the invocation of the function that steps it. */
function outlivesStep(ctx: AnalysisContext, target: ts.Expression, step: ts.Node): boolean {
  const { ts } = ctx;
  const accessed = skipOuter(ctx, target);
  const property = ts.isPropertyAccessExpression(accessed) || ts.isElementAccessExpression(accessed);
  const root = accessRoot(ctx, accessed);
  // an object's state (`this.seq`, `super`, a static through the class name is an identifier below)
  if (root.kind === ts.SyntaxKind.ThisKeyword || root.kind === ts.SyntaxKind.SuperKeyword) return true;
  if (!ts.isIdentifier(root)) return property; // a call's or an element's object: not known fresh
  const declaration = declarationOf(ctx, root);
  if (declaration === undefined) return property;
  const home = enclosingFunction(ctx, declaration);
  if (home === undefined) return true; // a module binding, a class, an import
  // a parameter's property: the caller's object; a local holding anything but a fresh object or
  // array may alias lasting state (`const stats = this.stats`)
  if (property && (ts.isParameter(declaration) || !freshObject(ctx, declaration))) return true;
  const stepper = enclosingFunction(ctx, step);
  if (stepper === undefined || stepper === home) return false; // the stepping function's own local
  return escapes(ctx, stepper, home);
}

/** A variable initialised with an object or array literal, or a `new` object: made where it is declared. */
function freshObject(ctx: AnalysisContext, declaration: ts.Declaration): boolean {
  const { ts } = ctx;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return false;
  const init = skipOuter(ctx, declaration.initializer);
  return ts.isObjectLiteralExpression(init) || ts.isArrayLiteralExpression(init) || ts.isNewExpression(init);
}

/**
 * Whether the function `inner`, nested in `outer`, outlives the invocation of `outer` that made
 * it: it is (part of) what `outer` returns, or it is stored in a property or in a variable
 * declared outside `outer`; or, when it has a name (`function inc() {…}`, `const inc = () => …`),
 * that name does one of those (`return inc`) or is used by a function of `outer` that escapes.
 * A callback handed to a call inside `outer` does not escape.
 */
function escapes(
  ctx: AnalysisContext,
  inner: ts.SignatureDeclaration,
  outer: ts.SignatureDeclaration,
  seen = new Set<ts.Node>(),
): boolean {
  const { ts, checker } = ctx;
  if (seen.has(inner)) return false;
  seen.add(inner);
  if (valueEscapes(ctx, inner, outer, seen)) return true;
  const holder = inner.parent;
  const name = ts.isFunctionDeclaration(inner)
    ? inner.name
    : ts.isVariableDeclaration(holder) && holder.initializer === inner && ts.isIdentifier(holder.name)
      ? holder.name
      : undefined;
  const symbol = name !== undefined ? checker?.getSymbolAtLocation(name) : undefined;
  const body = (outer as ts.FunctionLikeDeclaration).body;
  if (symbol === undefined || body === undefined) return false;
  return referencesIn(ctx, body, symbol, name).some((node) => {
    const user = enclosingFunction(ctx, node);
    return user === outer || user === undefined
      ? valueEscapes(ctx, node, outer, seen)
      : user !== inner && escapes(ctx, user, outer, seen);
  });
}

/** Whether the value of `node` (a function, or a name for one) leaves the invocation of `outer`. */
function valueEscapes(
  ctx: AnalysisContext,
  node: ts.Node,
  outer: ts.SignatureDeclaration,
  seen: Set<ts.Node>,
): boolean {
  const { ts } = ctx;
  let child: ts.Node = node;
  for (let parent = child.parent; parent !== undefined; child = parent, parent = child.parent) {
    // an arrow's expression body is what it returns
    if (parent === outer) return ts.isArrowFunction(outer) && outer.body === child;
    if (ts.isFunctionLike(parent)) return escapes(ctx, parent, outer, seen); // it lives as long as the function holding it
    if (ts.isReturnStatement(parent)) {
      const returning = enclosingFunction(ctx, parent);
      return returning === outer || (returning !== undefined && escapes(ctx, returning, outer, seen));
    }
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      parent.right === child
    ) {
      const left = parent.left;
      if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) return true;
      const declared = ts.isIdentifier(left) ? declarationOf(ctx, left) : undefined;
      return declared !== undefined && enclosingFunction(ctx, declared) !== outer;
    }
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent) || ts.isStatement(parent)) return false;
  }
  return false;
}
