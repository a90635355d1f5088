import type * as ts from 'typescript';
import { dirname, normalise, type AnalysisContext } from './context';

/** The runtime exports the analyser recognises. */
export type KeyproofExport =
  | 'memoize'
  | 'cacheKey'
  | 'notKey'
  | 'normalize'
  | 'PerCall'
  | 'tag'
  | 'invalidateTag'
  | 'invalidateMethod';
const EXPORTS: ReadonlySet<string> = new Set([
  'memoize',
  'cacheKey',
  'notKey',
  'normalize',
  'PerCall',
  'tag',
  'invalidateTag',
  'invalidateMethod',
]);
const PACKAGE = 'keyproof';

/**
 * Which keyproof export `expr` (an identifier or `ns.name`) refers to, or undefined when it is
 * anything else. With a checker, the answer comes from where the resolved declaration lives
 * (a file of the package named `keyproof`): aliased imports count, a user's own `memoize` does
 * not. Without one (or when the import does not resolve), from the import declaration.
 */
export function keyproofExportOf(ctx: AnalysisContext, expr: ts.Node): KeyproofExport | undefined {
  const { ts } = ctx;
  const name = ts.isPropertyAccessExpression(expr) ? expr.name : ts.isIdentifier(expr) ? expr : undefined;
  if (name === undefined) return undefined;
  // Only a name an import binds can be keyproof's (a user's own or global `memoize` is not):
  // asking the checker about every call of a large program is what this spares.
  const root = ts.isPropertyAccessExpression(expr) ? expr.expression : expr;
  if (!ts.isIdentifier(root) || !importBound(ctx, root.getSourceFile()).has(root.text)) return undefined;
  if (ctx.checker !== undefined) {
    const symbol = ctx.checker.getSymbolAtLocation(name);
    if (symbol !== undefined) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      if (declaration !== undefined) {
        if (!isKeyproofFile(ctx, declaration.getSourceFile().fileName)) return undefined;
        // The declaration's own name survives re-exports under other names (`export { memoize as cached }`).
        const exported = EXPORTS.has(target.name) ? target.name : importedName(ctx, expr);
        return exported !== undefined && EXPORTS.has(exported) ? (exported as KeyproofExport) : undefined;
      }
    }
  }
  // No checker, or the import does not resolve: trust the import declaration.
  const imported = importedName(ctx, expr);
  const specifier = importSource(ctx, expr);
  if (specifier !== PACKAGE || imported === undefined) return undefined;
  return EXPORTS.has(imported) ? (imported as KeyproofExport) : undefined;
}

/** True when one of the program's files (its declarations or sources) belongs to the `keyproof` package. */
export function loadsKeyproof(ctx: AnalysisContext): boolean {
  return ctx.program.getSourceFiles().some((f) => isKeyproofFile(ctx, f.fileName));
}

/** True when `fileName` belongs to the package whose package.json is named `keyproof`. */
export function isKeyproofFile(ctx: AnalysisContext, fileName: string): boolean {
  const path = normalise(fileName);
  if (path.includes(`/node_modules/${PACKAGE}/`)) return true;
  return nearestPackageName(ctx, dirname(path)) === PACKAGE;
}

function nearestPackageName(ctx: AnalysisContext, dir: string): string | undefined {
  const seen: string[] = [];
  let current = dir;
  let result: string | undefined;
  for (;;) {
    if (ctx.packageNames.has(current)) {
      result = ctx.packageNames.get(current);
      break;
    }
    seen.push(current);
    const text = ctx.ts.sys?.readFile(`${current}/package.json`);
    if (text !== undefined) {
      result = packageName(text);
      break;
    }
    const parent = dirname(current);
    if (parent === current || current.endsWith('/node_modules')) break;
    current = parent;
  }
  for (const d of seen) ctx.packageNames.set(d, result);
  return result;
}

function packageName(json: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null && 'name' in parsed && typeof parsed.name === 'string')
      return parsed.name;
  } catch {
    // not JSON: not a package we know
  }
  return undefined;
}

const BOUND = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/**
 * The names a file's imports bind (`import { memoize as m }`, `import * as kp`, a default
 * import, `import kp = require(...)`, `const { memoize } = require(...)`, `const kp = await
 * import(...)`), from syntax only.
 */
function importBound(ctx: AnalysisContext, file: ts.SourceFile): ReadonlySet<string> {
  const cached = BOUND.get(file);
  if (cached !== undefined) return cached;
  const { ts } = ctx;
  const names = new Set<string>();
  const bindName = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindName(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name !== undefined) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      else if (bindings !== undefined) for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isImportEqualsDeclaration(statement)) {
      names.add(statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        let init = declaration.initializer;
        if (init !== undefined && ts.isAwaitExpression(init)) init = init.expression;
        // `require('keyproof')`, `await import('keyproof')`
        const loads =
          init !== undefined &&
          ts.isCallExpression(init) &&
          ((ts.isIdentifier(init.expression) && init.expression.text === 'require') ||
            init.expression.kind === ts.SyntaxKind.ImportKeyword);
        if (loads) bindName(declaration.name);
      }
    }
  }
  BOUND.set(file, names);
  return names;
}

/** The name an identifier (or `ns.x`) was imported as: `memoize` for `{ memoize as m }`. */
function importedName(ctx: AnalysisContext, expr: ts.Node): string | undefined {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(expr)) {
    return ts.isIdentifier(expr.expression) && findImport(ctx, expr.expression)?.kind === 'namespace'
      ? expr.name.text
      : undefined;
  }
  if (!ts.isIdentifier(expr)) return undefined;
  const found = findImport(ctx, expr);
  return found?.kind === 'named' ? found.imported : undefined;
}

function importSource(ctx: AnalysisContext, expr: ts.Node): string | undefined {
  const { ts } = ctx;
  const local = ts.isPropertyAccessExpression(expr) ? expr.expression : expr;
  return ts.isIdentifier(local) ? findImport(ctx, local)?.module : undefined;
}

type FoundImport =
  | { readonly kind: 'named'; readonly imported: string; readonly module: string }
  | { readonly kind: 'namespace'; readonly module: string };

/** The import declaration that binds `local` in its file (syntax only). */
function findImport(ctx: AnalysisContext, local: ts.Identifier): FoundImport | undefined {
  const { ts } = ctx;
  const sourceFile = local.getSourceFile();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined) continue;
    const module = statement.moduleSpecifier.text;
    if (ts.isNamespaceImport(bindings)) {
      if (bindings.name.text === local.text) return { kind: 'namespace', module };
      continue;
    }
    for (const element of bindings.elements) {
      if (element.name.text === local.text)
        return { kind: 'named', imported: (element.propertyName ?? element.name).text, module };
    }
  }
  return undefined;
}
