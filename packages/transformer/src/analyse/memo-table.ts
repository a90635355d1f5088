import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { enclosingFunction } from './provenance/resolve-function';
import { skipOuter } from './provenance/outer-expressions';

const TABLE_METHODS = new Set(['get', 'has', 'set', 'delete', 'clear']);

/**
 * THE PRINCIPLE. A table one function keeps for itself, read and filled at one key (`if
 * (!seen.has(k)) seen.set(k, compute(k)); return seen.get(k)`), is that function's own memo: what
 * it answers is what the function computes for that key, and whatever the computation reads is
 * read (and checked) where it is computed. Reading it is no input of its own.
 *
 * A table is such a memo when every use of it is a `get`, `has`, `set`, `delete` or `clear` call
 * in one function, every keyed call names the same key (`k`, or a local `key` built once), and
 * it is made empty where it is declared (`new Map()`) and not exported. Written from anywhere else, read at another key, or handed on, it is
 * state like any other.
 */
export function isMemoTable(ctx: AnalysisContext, variable: ts.VariableDeclaration): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined || !ts.isIdentifier(variable.name) || variable.initializer === undefined) return false;
  const init = skipOuter(ctx, variable.initializer);
  if (!ts.isNewExpression(init) || (init.arguments ?? []).length > 0) return false; // an empty table made here
  const statement = variable.parent.parent;
  if (
    ts.isVariableStatement(statement) &&
    (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  )
    return false;
  const symbol = checker.getSymbolAtLocation(variable.name);
  if (symbol === undefined) return false;
  const scope: ts.Node = enclosingFunction(ctx, variable) ?? variable.getSourceFile();
  let owner: ts.Node | undefined;
  let key: string | undefined;
  let filled = false;
  let memo = true;
  const visit = (node: ts.Node): void => {
    if (!memo) return;
    if (ts.isIdentifier(node) && node !== variable.name && checker.getSymbolAtLocation(node) === symbol) {
      const access = node.parent;
      const call = access.parent;
      if (
        !ts.isPropertyAccessExpression(access) ||
        access.expression !== node ||
        !TABLE_METHODS.has(access.name.text) ||
        !ts.isCallExpression(call) ||
        call.expression !== access
      ) {
        memo = false;
        return;
      }
      const fn = enclosingFunction(ctx, node);
      owner ??= fn;
      if (fn === undefined || fn !== owner) memo = false;
      if (access.name.text === 'clear') return;
      const at = call.arguments[0];
      const text = at !== undefined ? skipOuter(ctx, at).getText().replace(/\s+/g, '') : '';
      key ??= text;
      if (text === '' || text !== key) memo = false;
      if (access.name.text === 'set') filled = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return memo && filled;
}
