import type * as ts from 'typescript';
import type { PlanSite, TypeScript } from '../types';
import { findNodeAt } from '../utils/find-node';

/** The options of one `@memoize(...)` / `memoize(fn, ...)` that the manifest records or quotes. */
export interface MemoOptions {
  /** `version` as the runtime will see it; `'0'` when absent (the runtime's default). */
  readonly version: string;
  /** `ttl` as written (`'30d'`, `'86400000'`), undefined when absent (entries never expire). */
  readonly ttl: string | undefined;
}

/**
 * Read `version` and `ttl` from the options written at a plan site. Literals are read as
 * such; a constant is resolved through its literal type when there is a checker; anything
 * else is recorded as its source text (a change to that text is still a change).
 */
export function readMemoOptions(ts: TypeScript, program: ts.Program, site: PlanSite): MemoOptions {
  const sourceFile = program.getSourceFile(site.fileName);
  if (sourceFile === undefined) return { version: '0', ttl: undefined };
  const anchor = findNodeAt(
    ts,
    sourceFile,
    site.start,
    (n): n is ts.Expression => ts.isCallExpression(n) || ts.isIdentifier(n) || ts.isPropertyAccessExpression(n),
  );
  const args = anchor !== undefined && ts.isCallExpression(anchor) ? anchor.arguments : undefined;
  const written = site.kind === 'method' ? args?.[0] : args?.[1];
  const literal = written !== undefined ? objectLiteralOf(ts, program, written) : undefined;
  const checker = program.getTypeChecker();
  const read = (name: string): string | undefined => {
    const property = literal?.properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name,
    );
    return property !== undefined ? valueText(ts, checker, property.initializer) : undefined;
  };
  return { version: read('version') ?? '0', ttl: read('ttl') };
}

function objectLiteralOf(
  ts: TypeScript,
  program: ts.Program,
  expr: ts.Expression,
): ts.ObjectLiteralExpression | undefined {
  let node: ts.Expression = expr;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    node = node.expression;
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isIdentifier(node)) {
    const declaration = program.getTypeChecker().getSymbolAtLocation(node)?.valueDeclaration;
    if (declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined) {
      return objectLiteralOf(ts, program, declaration.initializer);
    }
  }
  return undefined;
}

function valueText(ts: TypeScript, checker: ts.TypeChecker, expr: ts.Expression): string {
  if (ts.isStringLiteralLike(expr) || ts.isNumericLiteral(expr)) return expr.text;
  try {
    const type = checker.getTypeAtLocation(expr);
    if (type.isStringLiteral()) return type.value;
    if (type.isNumberLiteral()) return String(type.value);
  } catch {
    // no type information (transpile-only): fall back to the text
  }
  return expr.getText().replace(/\s+/g, ' ');
}
