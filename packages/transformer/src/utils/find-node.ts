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
