import type * as ts from 'typescript';
import type { TypeScript } from '../types';

/**
 * What the analyser looks for in a file without the checker, found in one walk and kept for as
 * long as the source file lives: a language service hands the same `SourceFile` to every
 * program while the file is unchanged, so an edit walks only the file that changed (and a
 * build walks each file once, not once per search).
 */
export interface FileSyntax {
  /** Method declarations and call expressions, in source order (a method before the calls inside it). */
  readonly nodes: readonly (ts.MethodDeclaration | ts.CallExpression)[];
  /** Import and export renames: `import { a as b }`, `export { a as b }` give [a, b]. */
  readonly renames: readonly (readonly [string, string])[];
}

const cache = new WeakMap<ts.SourceFile, FileSyntax>();

export function fileSyntax(ts: TypeScript, file: ts.SourceFile): FileSyntax {
  let found = cache.get(file);
  if (found === undefined) {
    const nodes: (ts.MethodDeclaration | ts.CallExpression)[] = [];
    const renames: (readonly [string, string])[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isMethodDeclaration(node) || ts.isCallExpression(node)) nodes.push(node);
      else if ((ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) && node.propertyName !== undefined)
        renames.push([node.propertyName.text, node.name.text]);
      ts.forEachChild(node, visit);
    };
    visit(file);
    found = { nodes, renames };
    cache.set(file, found);
  }
  return found;
}
