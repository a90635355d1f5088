import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { overlaps, sameRoot } from './provenance/origin';
import { skipOuter } from './provenance/outer-expressions';
import { declarationOf, enclosingFunction, ownConstOf, referencesIn } from './provenance/resolve-function';
import type { Provenance } from './provenance/trace-value';
import { isServiceType } from './type-shape';

/** Uses of a table that look it up or fill it at a key. */
const KEYED = new Set(['get', 'has', 'set']);

/**
 * THE PRINCIPLE. A table filled, at every key, with what is computed from that key alone
 * (`if (!seen.has(k)) seen.set(k, compute(k)); return seen.get(k)`) holds nothing but what the
 * computation answers for the key: it is a memo, and reading it at a key is no input of its
 * own; whatever the computation reads is read (and checked) where it is computed.
 *
 * A table is such a memo when it is made empty where it is declared (`new Map()`), not exported
 * and never handed on; each `set` stores a value made only from the parameters its key is made
 * from, constants and services asked with them (`set(k, (await this.api.get(owner, repo)).sha)`
 * with `k` made of `owner` and `repo`; from the very parts of them the key is made of), never
 * from the table itself (a counter per key), another argument or another part of one (the first
 * caller's view wins: `override(title, slug)`; `set(event.accountId, event.discountPct)`) or a
 * per-call source (the first time seen); the other uses look it up at a key it is filled at
 * (`get`, `has`: `get('default')` beside `set(name, …)` asks what earlier calls did) or evict
 * (`delete`, `clear`, `size`). The filling and the reading may sit in different functions of
 * the module (a helper fills what the method reads back).
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
  const scope: ts.Node = enclosingFunction(ctx, variable) ?? variable.getSourceFile();
  /** Each `set`: its key, its value, the function it is in; and the keys looked up (`get`, `has`). */
  const fills: { key: ts.Expression; value: ts.Expression; fn: ts.Node }[] = [];
  const lookups: ts.Expression[] = [];
  /** A lookup, a fill or an eviction. */
  const memoUse = (node: ts.Identifier, fn: ts.Node): boolean => {
    const access = node.parent;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== node) return false;
    const method = access.name.text;
    if (method === 'size') return true;
    const call = access.parent;
    if (!ts.isCallExpression(call) || call.expression !== access) return false;
    if (method === 'clear' || method === 'delete') return true;
    if (method === 'keys') return insideDelete(ctx, call); // `cache.delete(cache.keys().next().value)`
    if (!KEYED.has(method) || call.arguments[0] === undefined) return false;
    if (method === 'set') {
      if (call.arguments[1] === undefined) return false;
      fills.push({ key: call.arguments[0], value: call.arguments[1], fn });
    } else lookups.push(call.arguments[0]);
    return true;
  };
  for (const node of referencesIn(ctx, scope, symbol, variable.name)) {
    const fn = outermostFunction(ctx, node, scope);
    // handed on (`{ seen }`, `use(seen)`) or used outside a function: not a memo
    if (fn === undefined || !memoUse(node, fn)) return false;
  }
  if (fills.length === 0) return false;
  // looked up at the key it is filled at (`get('default')` beside `set(name, …)` asks whether an earlier call filled it)
  const filledAt = new Set(fills.flatMap((f) => keyTexts(ctx, f.key)));
  if (!lookups.every((k) => keyTexts(ctx, k).some((t) => filledAt.has(t)))) return false;
  // what each fill stores comes from the parameters its key is made from, constants and services;
  // or it is what the table holds at that very key, put back (an LRU's bump: `get`, `delete`, `set`)
  return fills.every(({ key, value, fn }) => {
    if (reinserts(ctx, symbol, key, value)) return true;
    const keyOrigins = engine.originsOf(key);
    const keyParams = new Set(
      keyOrigins.flatMap(({ root: r }) => (r.kind === 'param' ? [r.fn.parameters[r.index]] : [])),
    );
    return (
      !readsBeyondKey(ctx, value, symbol, keyParams, fn, 0) &&
      engine
        .originsOf(value)
        .every(
          (o) =>
            (o.root.kind === 'param' && keyOrigins.some((k) => sameRoot(k.root, o.root) && overlaps(k.path, o.path))) ||
            (o.root.kind === 'binding' && isServiceType(ctx, checker.getTypeOfSymbolAtLocation(o.root.symbol, key))),
        )
    );
  });
}

/**
 * A key as written, and as written with each local `const` it reads written out as its
 * initializer: `key` after `const key = \`${owner}/${repo}\`` is the same key as the template
 * written inline, and `${path}` is the same whether `path` is a parameter here and a local there.
 */
function keyTexts(ctx: AnalysisContext, node: ts.Node): string[] {
  return [node.getText().replace(/\s+/g, ''), keyText(ctx, node)];
}

function keyText(ctx: AnalysisContext, node: ts.Node, depth = 0): string {
  const { ts } = ctx;
  const whole = ts.isIdentifier(node) ? localConst(ctx, node) : undefined;
  if (whole !== undefined && depth < 4) return keyText(ctx, whole, depth + 1);
  const start = node.getStart();
  const spliced: { at: number; end: number; by: string }[] = [];
  const visit = (n: ts.Node): void => {
    const init = ts.isIdentifier(n) && depth < 4 ? localConst(ctx, n) : undefined;
    if (init !== undefined)
      spliced.push({ at: n.getStart() - start, end: n.getEnd() - start, by: `(${keyText(ctx, init, depth + 1)})` });
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  let text = node.getText();
  for (const { at, end, by } of spliced.reverse()) text = text.slice(0, at) + by + text.slice(end);
  return text.replace(/\s+/g, '');
}

/** `value` is the table's own entry at `key`: `set(key, hit)` after `const hit = table.get(key)`. */
function reinserts(ctx: AnalysisContext, table: ts.Symbol, key: ts.Expression, value: ts.Expression): boolean {
  const { ts } = ctx;
  let read: ts.Expression = skipOuter(ctx, value);
  if (ts.isIdentifier(read)) read = localConst(ctx, read) ?? read;
  read = skipOuter(ctx, read);
  return (
    ts.isCallExpression(read) &&
    ts.isPropertyAccessExpression(read.expression) &&
    read.expression.name.text === 'get' &&
    ctx.checker?.getSymbolAtLocation(read.expression.expression) === table &&
    read.arguments[0] !== undefined &&
    keyTexts(ctx, read.arguments[0]).some((t) => keyTexts(ctx, key).includes(t))
  );
}

/** The initializer of the function's own `const` that `id` reads, if it is one. */
function localConst(ctx: AnalysisContext, id: ts.Identifier): ts.Expression | undefined {
  return ownConstOf(ctx, id)?.initializer;
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
      else {
        const own = depth < 4 ? ownConstOf(ctx, node) : undefined;
        if (own !== undefined) found = readsBeyondKey(ctx, own.initializer, table, keyParams, owner, depth + 1);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expr);
  return found;
}
