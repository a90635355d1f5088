import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';

/**
 * The expression under the wrappers that do not change a value: parentheses, `as`, `satisfies`,
 * `!` and `<T>` assertions (what TypeScript's internal `skipOuterExpressions` skips).
 */
export function skipOuter(ctx: AnalysisContext, node: ts.Expression): ts.Expression;
export function skipOuter(ctx: AnalysisContext, node: ts.Node): ts.Node;
export function skipOuter(ctx: AnalysisContext, node: ts.Node): ts.Node {
  let n = node;
  while (isOuterExpression(ctx, n)) n = n.expression;
  return n;
}

/** One of those wrappers: its value is its `expression`'s. */
export function isOuterExpression(
  ctx: AnalysisContext,
  node: ts.Node,
): node is
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.SatisfiesExpression
  | ts.NonNullExpression
  | ts.TypeAssertion {
  const { ts } = ctx;
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  );
}

/**
 * What an access chain starts from, through property and element accesses and the wrappers above
 * (`a` of `(a!.b as T)[0].c`); with `throughCalls`, through calls too (`proc` of `proc.hrtime()[0]`).
 */
export function accessRoot(ctx: AnalysisContext, node: ts.Node, throughCalls = false): ts.Node {
  const { ts } = ctx;
  let n = skipOuter(ctx, node);
  while (
    ts.isPropertyAccessExpression(n) ||
    ts.isElementAccessExpression(n) ||
    (throughCalls && ts.isCallExpression(n))
  )
    n = skipOuter(ctx, n.expression);
  return n;
}
