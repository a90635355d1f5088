import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';

/**
 * The expression under the wrappers that do not change a value: parentheses, `as`, `satisfies`,
 * `!` and `<T>` assertions (what TypeScript's internal `skipOuterExpressions` skips).
 */
export function skipOuter(ctx: AnalysisContext, node: ts.Expression): ts.Expression;
export function skipOuter(ctx: AnalysisContext, node: ts.Node): ts.Node;
export function skipOuter(ctx: AnalysisContext, node: ts.Node): ts.Node {
  const { ts } = ctx;
  let n = node;
  while (
    ts.isParenthesizedExpression(n) ||
    ts.isAsExpression(n) ||
    ts.isSatisfiesExpression(n) ||
    ts.isNonNullExpression(n) ||
    ts.isTypeAssertionExpression(n)
  )
    n = n.expression;
  return n;
}
