import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { isPerCallType } from './type-shape';

/** Calls whose result is new on every call: `randomUUID()`, `Date.now()`, `Math.random()`… */
const PER_CALL_CALLS = /^(?:(?:globalThis\.)?crypto\.)?(?:randomUUID|randomBytes|getRandomValues)$|^Date\.now$|^Math\.random$|^performance\.now$|^process\.hrtime(?:\.bigint)?$|^(?:uuid\.)?(?:v1|v4|v7|uuidv4|uuid)$|^nanoid$|^ulid$|^cuid$/;

/** `Date.now()`, `new Date()`, `randomUUID()`…: the call or `new` itself, syntax only. */
export function perCallCall(ctx: AnalysisContext, node: ts.Node): string | undefined {
  const { ts } = ctx;
  if (ts.isCallExpression(node) && PER_CALL_CALLS.test(node.expression.getText().replace(/\s+/g, ''))) return `${node.expression.getText()}()`;
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) return 'new Date()';
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') return 'Date()';
  return undefined;
}

/**
 * Describes the per-call value `expr` carries (`crypto.randomUUID()`), or undefined. Looks
 * through the expression, and one step through a local `const x = <per-call>` it names.
 */
export function perCallValueIn(ctx: AnalysisContext, expr: ts.Node, followed = false): string | undefined {
  const { ts, checker } = ctx;
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    const call = perCallCall(ctx, node);
    if (call !== undefined) {
      found = call;
      return;
    }
    if (checker !== undefined && ts.isExpression(node) && !ts.isFunctionLike(node)) {
      if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) {
        const type = checker.getTypeAtLocation(node);
        if (isPerCallType(ctx, type)) {
          found = `${node.getText()} (typed PerCall)`;
          return;
        }
      }
      if (ts.isIdentifier(node) && !followed) {
        const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
        if (declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && !ts.isSourceFile(declaration.parent.parent.parent)) {
          const inner = perCallValueIn(ctx, declaration.initializer, true);
          if (inner !== undefined) {
            found = `${node.text} (= ${inner})`;
            return;
          }
        }
      }
    }
    if (ts.isFunctionLike(node)) return; // a callback is not evaluated here
    ts.forEachChild(node, visit);
  };
  visit(expr);
  return found;
}
