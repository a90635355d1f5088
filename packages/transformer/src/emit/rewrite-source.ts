import type * as ts from 'typescript';
import type { AnalysisResult, PlannedMemo, TypeScript } from '../types';
import { findFunctionAt } from '../utils/find-node';
import { ClassNaming, emitsCommonJs } from './emit-classes';
import { emitPlan } from './emit-plan';

/**
 * The emitter: hands each planned `@memoize` / `memoize(fn)` its plan as the last argument and
 * drops annotation-only decorators. Knows nothing about rules: it only follows the analysis.
 * A file with nothing planned and nothing to strip is returned untouched (byte-identical output).
 */
export function createRewriter(ts: TypeScript, result: AnalysisResult): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (sourceFile) => {
    const plans = new Map<number, PlannedMemo>();
    for (const memo of result.plans) if (memo.site.fileName === sourceFile.fileName) plans.set(memo.site.start, memo);
    const strip = result.strip.get(sourceFile.fileName) ?? new Set<number>();
    if (plans.size === 0 && strip.size === 0) return sourceFile;
    const { factory } = context;
    const naming = new ClassNaming(
      ts,
      factory,
      emitsCommonJs(ts, context.getCompilerOptions(), sourceFile) ? 'require' : 'import',
    );

    const visit = (node: ts.Node): ts.Node | undefined => {
      if (node.pos < 0) return ts.visitEachChild(node, visit, context); // synthesised by another transformer
      if (ts.isDecorator(node)) {
        if (strip.has(node.getStart(sourceFile))) return undefined;
        const memo = plans.get(node.expression.getStart(sourceFile));
        if (memo !== undefined && ts.isMethodDeclaration(node.parent)) {
          return factory.updateDecorator(node, withPlan(node.expression, memo, node.parent, false));
        }
      } else if (ts.isCallExpression(node)) {
        const memo = plans.get(node.getStart(sourceFile));
        if (memo !== undefined && memo.site.kind === 'function') {
          const fn = findFunctionAt(ts, sourceFile, memo.site.fnStart);
          if (fn !== undefined) return withPlan(node, memo, fn, true);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };

    /** `memoize` -> `memoize(void 0, PLAN)`; `memoize(a)` -> `memoize(a, PLAN)`; `memoize(fn, o?)` -> `memoize(fn, o ?? void 0, PLAN)`. */
    const withPlan = (
      expr: ts.Expression,
      memo: PlannedMemo,
      fn: ts.SignatureDeclaration,
      isFunctionCall: boolean,
    ): ts.CallExpression => {
      const plan = emitPlan(ts, factory, memo, fn, naming);
      const visited = (e: ts.Expression | undefined): ts.Expression =>
        e === undefined ? factory.createVoidZero() : (ts.visitNode(e, visit) as ts.Expression);
      if (!ts.isCallExpression(expr))
        return factory.createCallExpression(expr, undefined, [factory.createVoidZero(), plan]);
      const args = isFunctionCall
        ? [visited(expr.arguments[0]), visited(expr.arguments[1]), plan]
        : [visited(expr.arguments[0]), plan];
      return factory.updateCallExpression(expr, expr.expression, expr.typeArguments, args);
    };

    const visited = ts.visitNode(sourceFile, visit) as ts.SourceFile;
    const imports = naming.statements();
    return imports.length === 0 ? visited : factory.updateSourceFile(visited, [...imports, ...visited.statements]);
  };
}
