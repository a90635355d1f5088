import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { sameRoot } from './provenance/origin';
import { skipOuter } from './provenance/outer-expressions';
import { declarationOf, referencesIn } from './provenance/resolve-function';
import type { Provenance } from './provenance/trace-value';

/** Uses of a table that look it up or fill it at a key. */
const KEYED = new Set(['get', 'has', 'set']);

/**
 * THE PRINCIPLE. A table one function keeps for itself, read and filled at one key with what it
 * computes from that key alone (`if (!seen.has(k)) seen.set(k, compute(k)); return seen.get(k)`),
 * is that function's own memo: what it answers is what the function computes for the key, and
 * whatever the computation reads is read (and checked) where it is computed. Reading it is no
 * input of its own.
 *
 * A table is such a memo when it is made empty where it is declared (`new Map()`), not exported,
 * and every use is in one function (its callbacks included): `get`, `has` and `set` at the same
 * key; `delete` and `clear` and `size` (evicting, at any key); and every value `set` stores comes
 * from the key's own parameters and constants, never from the table itself (a counter per key),
 * another argument (the first caller's view wins) or a per-call source (the first time seen).
 * Filled anywhere else, read at another key, or handed on, it is state like any other.
 */
export function isMemoTable(ctx: AnalysisContext, engine: Provenance, variable: ts.VariableDeclaration): boolean {
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
  const scope: ts.Node = enclosing(ctx, variable) ?? variable.getSourceFile();
  let owner: ts.Node | undefined;
  let key: ts.Expression | undefined;
  const stored: ts.Expression[] = [];
  /** A keyed lookup or fill at the one key, an eviction, or the size. */
  const memoUse = (node: ts.Identifier): boolean => {
    const access = node.parent;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== node) return false;
    const method = access.name.text;
    if (method === 'size') return true;
    const call = access.parent;
    if (!ts.isCallExpression(call) || call.expression !== access) return false;
    if (method === 'clear') return true;
    if (method === 'delete') return true;
    if (method === 'keys') return insideDelete(ctx, call); // `cache.delete(cache.keys().next().value)`
    if (!KEYED.has(method) || call.arguments[0] === undefined) return false;
    const at = skipOuter(ctx, call.arguments[0]);
    key ??= at;
    if (text(at) !== text(key)) return false;
    if (method === 'set') {
      if (call.arguments[1] === undefined) return false;
      stored.push(call.arguments[1]);
    }
    return true;
  };
  for (const node of referencesIn(ctx, scope, symbol, variable.name)) {
    const fn = outermostFunction(ctx, node, scope);
    owner ??= fn;
    // handed on (`{ seen }`, `use(seen)`) or used outside its one function: not a memo
    if (fn === undefined || fn !== owner || !memoUse(node)) return false;
  }
  if (key === undefined || stored.length === 0) return false;
  // what is stored comes from the key's own parameters and constants
  const keyRoots = engine.originsOf(key).map((o) => o.root);
  const keyParams = new Set(keyRoots.flatMap((r) => (r.kind === 'param' ? [r.fn.parameters[r.index]] : [])));
  return stored.every(
    (value) =>
      !readsBeyondKey(ctx, value, symbol, keyParams, owner!, 0) &&
      engine.originsOf(value).every((o) => o.root.kind === 'param' && keyRoots.some((r) => sameRoot(r, o.root))),
  );
}

function text(node: ts.Node): string {
  return node.getText().replace(/\s+/g, '');
}

function enclosing(ctx: AnalysisContext, node: ts.Node): ts.Node | undefined {
  for (let n = node.parent; n !== undefined; n = n.parent) if (ctx.ts.isFunctionLike(n)) return n;
  return undefined;
}

/** The function just below `scope` that holds `node` (a callback inside it counts as it). */
function outermostFunction(ctx: AnalysisContext, node: ts.Node, scope: ts.Node): ts.Node | undefined {
  let found: ts.Node | undefined;
  for (let n = node.parent; n !== undefined && n !== scope; n = n.parent) if (ctx.ts.isFunctionLike(n)) found = n;
  return found;
}

function insideDelete(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  for (let n = node.parent; n !== undefined && !ts.isStatement(n); n = n.parent)
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'delete')
      return true;
  return false;
}

/**
 * Whether `expr` reads the table (a counter per key) or a parameter that is not the key's (the
 * first caller's view: a parameter of `owner`), itself or through the `const` locals it is computed from. The target of
 * an assignment inside it (`(re = new RegExp(p))`) is written, not read.
 */
function readsBeyondKey(
  ctx: AnalysisContext,
  expr: ts.Node,
  table: ts.Symbol,
  keyParams: ReadonlySet<ts.Node | undefined>,
  owner: ts.Node,
  depth: number,
): boolean {
  const { ts, checker } = ctx;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      visit(node.right);
      return;
    }
    if (ts.isIdentifier(node)) {
      if (checker!.getSymbolAtLocation(node) === table) {
        found = true;
        return;
      }
      const declaration = declarationOf(ctx, node);
      if (declaration === undefined || declaration.getSourceFile().isDeclarationFile) return;
      // another argument of the function keeping the table (a factory's parameter configures it: not an argument)
      if (ts.isParameter(declaration)) found = declaration.parent === owner && !keyParams.has(declaration);
      else if (
        depth < 4 &&
        ts.isVariableDeclaration(declaration) &&
        (declaration.parent.flags & ts.NodeFlags.Const) !== 0 &&
        declaration.initializer !== undefined &&
        enclosing(ctx, declaration) !== undefined
      )
        found = readsBeyondKey(ctx, declaration.initializer, table, keyParams, owner, depth + 1);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expr);
  return found;
}
