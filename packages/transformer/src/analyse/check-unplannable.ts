import type { AnalysisContext } from './context';
import { finding, type Finding } from './finding';
import type { UnplannableCall } from './find-memoised';

/** `memoize(...)` calls keyproof found but cannot plan (91008), with the fix for each reason. */
export function checkUnplannable(ctx: AnalysisContext, calls: readonly UnplannableCall[]): Finding[] {
  return calls.map(({ node, why }) => {
    const text = node.getText();
    if (why === 'decorator-in-variable') {
      const target = ctx.ts.isCallExpression(node) ? (node.arguments[0]?.getText() ?? '') : text;
      return finding(
        'Unplannable',
        node,
        `memoize(${target.length > 40 ? '{ … }' : target}) outside a decorator: keyproof plans a method only where @memoize(...) decorates it. ` +
          'Fix: write @memoize(options) on the method itself instead of storing the decorator in a variable.',
      );
    }
    if (why === 'function-not-visible') {
      return finding(
        'Unplannable',
        node,
        `memoize(${text}): keyproof cannot see the function's parameters, so it cannot plan its cache key. ` +
          'Fix: pass the function itself, `memoize(async function name(...) { ... })`, or a function declared in this file.',
      );
    }
    return finding(
      'Unplannable',
      node,
      'memoize(...) of an anonymous function that is not assigned to a variable or class property has no id. Fix: name the function or pass memoize(fn, { id: "..." }).',
    );
  });
}
