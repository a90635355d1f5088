import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { isOuterExpression } from './outer-expressions';

/**
 * Whether the value of the expression `node` is thrown away: it ends in an expression
 * statement (awaited or not), `void`, a `for` header's initializer or incrementor, the left of a comma, or the
 * expression body of an arrow whose caller discards its result (a callback contextually typed to
 * return `void`: `items.forEach(() => n++)`). Parentheses, casts, the right of a comma, a branch
 * of `?:` and the right of `&&`/`||`/`??` hand the value on to their own position; anything else
 * uses it. Without a checker an arrow's result counts as used.
 */
export function isDiscarded(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  let child = node;
  for (let parent = child.parent; parent !== undefined; child = parent, parent = child.parent) {
    if (isOuterExpression(ctx, parent) || ts.isAwaitExpression(parent)) continue;
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.CommaToken) {
        if (parent.left === child) return true;
        continue;
      }
      const logical =
        op === ts.SyntaxKind.AmpersandAmpersandToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken;
      if (logical && parent.right === child) continue;
      return false;
    }
    if (ts.isConditionalExpression(parent) && parent.condition !== child) continue;
    if (ts.isExpressionStatement(parent) || ts.isVoidExpression(parent)) return true;
    if (ts.isForStatement(parent)) return parent.condition !== child;
    if (ts.isArrowFunction(parent) && parent.body === child) return returnsVoid(ctx, parent);
    return false;
  }
  return false;
}

/** An arrow whose caller discards its result: it is contextually typed as returning `void`. */
function returnsVoid(ctx: AnalysisContext, fn: ts.ArrowFunction): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  const signatures = checker.getContextualType(fn)?.getCallSignatures() ?? [];
  return (
    signatures.length > 0 &&
    signatures.every((s) => (checker.getReturnTypeOfSignature(s).flags & ts.TypeFlags.Void) !== 0)
  );
}

/**
 * Whether what a client answers at `read` is thrown away and it is given nothing the body holds:
 * the call made through it is discarded (`await limiter.take();`, `await gate.removeTokens(1);`)
 * and its arguments are literals. Such a client cannot shape the memoised answer, however it is
 * configured. One handed a buffer or a path (`await converter.convert(input, outputPath);`) may
 * write what the body returns.
 */
export function answerDiscarded(ctx: AnalysisContext, read: ts.Node): boolean {
  const { ts } = ctx;
  const { top, called } = callThrough(ctx, read);
  return (
    called &&
    isDiscarded(ctx, top) &&
    ts.isCallExpression(top) &&
    top.arguments.every(
      (a) =>
        ts.isLiteralExpression(a) ||
        a.kind === ts.SyntaxKind.TrueKeyword ||
        a.kind === ts.SyntaxKind.FalseKeyword ||
        a.kind === ts.SyntaxKind.NullKeyword,
    )
  );
}

/**
 * The outermost member access or call made through `read` (`this.stripe.products.list(…)` of
 * `this.stripe`), and whether a call was made on the way.
 */
export function callThrough(ctx: AnalysisContext, read: ts.Node): { top: ts.Node; called: boolean } {
  const { ts } = ctx;
  let node = read;
  let called = false;
  for (;;) {
    const parent = node.parent;
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node)
      node = parent;
    else if (ts.isCallExpression(parent) && parent.expression === node) {
      called = true;
      node = parent;
    } else if (isOuterExpression(ctx, parent)) node = parent;
    else return { top: node, called };
  }
}
