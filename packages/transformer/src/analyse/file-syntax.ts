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
  /** `new` expressions, in source order. */
  readonly news: readonly ts.NewExpression[];
  /** Import and export renames: `import { a as b }`, `export { a as b }` give [a, b]. */
  readonly renames: readonly (readonly [string, string])[];
  /**
   * Names the file gives Node's `process` and `os` modules or their members by importing them
   * or, for the process, by a module `const`: `import proc from 'node:process'` gives proc →
   * `process`, `import { argv as args } from 'process'` gives args → `process.argv`, `import *
   * as system from 'os'` gives system → `os`, `const { env } = process` gives env → `process.env`.
   */
  readonly builtinNames: ReadonlyMap<string, string>;
}

/** The built-in modules whose imports `builtinNames` follows, by the name the analyser reads them by. */
const BUILTIN_MODULES = new Map([
  ['process', 'process'],
  ['node:process', 'process'],
  ['os', 'os'],
  ['node:os', 'os'],
]);

const cache = new WeakMap<ts.SourceFile, FileSyntax>();

export function fileSyntax(ts: TypeScript, file: ts.SourceFile): FileSyntax {
  let found = cache.get(file);
  if (found === undefined) {
    const nodes: (ts.MethodDeclaration | ts.CallExpression)[] = [];
    const news: ts.NewExpression[] = [];
    const renames: (readonly [string, string])[] = [];
    const builtinNames = new Map<string, string>();
    for (const statement of file.statements) {
      if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
        // `const { env, argv: args } = process`, `const env = process.env`: the same members, named here
        for (const d of statement.declarationList.declarations) {
          const from =
            d.initializer === undefined
              ? undefined
              : /^(?:(?:globalThis|global)\.)?(process(?:\.\w+)?)$/.exec(
                  d.initializer.getText(file).replace(/\s+/g, ''),
                )?.[1];
          if (from === undefined) continue;
          if (ts.isIdentifier(d.name)) builtinNames.set(d.name.text, from);
          else if (ts.isObjectBindingPattern(d.name) && from === 'process')
            for (const element of d.name.elements) {
              const key = element.propertyName ?? element.name;
              if (ts.isIdentifier(element.name) && ts.isIdentifier(key) && element.dotDotDotToken === undefined)
                builtinNames.set(element.name.text, `process.${key.text}`);
            }
        }
        continue;
      }
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const module = BUILTIN_MODULES.get(statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (module === undefined || clause === undefined || clause.isTypeOnly) continue;
      if (clause.name !== undefined) builtinNames.set(clause.name.text, module);
      const bindings = clause.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) builtinNames.set(bindings.name.text, module);
      else if (bindings !== undefined)
        for (const element of bindings.elements) {
          const imported = (element.propertyName ?? element.name).text;
          if (!element.isTypeOnly)
            builtinNames.set(element.name.text, imported === 'default' ? module : `${module}.${imported}`);
        }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isMethodDeclaration(node) || ts.isCallExpression(node)) nodes.push(node);
      else if (ts.isNewExpression(node)) news.push(node);
      else if ((ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) && node.propertyName !== undefined)
        renames.push([node.propertyName.text, node.name.text]);
      ts.forEachChild(node, visit);
    };
    visit(file);
    found = { nodes, news, renames, builtinNames };
    cache.set(file, found);
  }
  return found;
}
