import type * as ts from 'typescript';
import type { TypeScript } from '../types';

/** The first node (in a depth-first walk) that starts at `start` and passes `test`. */
export function findNodeAt<T extends ts.Node>(
  ts: TypeScript,
  root: ts.Node,
  start: number,
  test: (node: ts.Node) => node is T,
): T | undefined {
  const sourceFile = root.getSourceFile();
  let found: T | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined || start < node.pos || start >= node.end) return;
    if (test(node) && node.getStart(sourceFile) === start) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** The function a plan's `site.fnStart` names: a function expression, an arrow function, a function declaration or a method. */
export function findFunctionAt(
  ts: TypeScript,
  root: ts.Node,
  start: number,
): ts.FunctionExpression | ts.ArrowFunction | ts.FunctionDeclaration | ts.MethodDeclaration | undefined {
  return findNodeAt(
    ts,
    root,
    start,
    (node): node is ts.FunctionExpression | ts.ArrowFunction | ts.FunctionDeclaration | ts.MethodDeclaration =>
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node),
  );
}
