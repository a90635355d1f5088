import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { narrow, origin, paramOrigin, withSort, type Origin } from './origin';
import { enclosingFunction } from './resolve-function';
import { skipOuter } from './outer-expressions';

/** Array methods that add elements in place, and the index of their first added element. */
const ELEMENTS_FROM: ReadonlyMap<string, number> = new Map([
  ['push', 0],
  ['unshift', 0],
  ['splice', 2],
]);

/** What following a declaration needs of the engine (trace-value.ts's Provenance): its context, tracing, and its cache of writes. */
interface Provenance {
  readonly ctx: AnalysisContext;
  readonly assignments: Map<ts.Node, readonly Write[]>;
  trace(node: ts.Expression, depth: number): Origin[];
}

/** The origins of the value a declared name holds: a parameter, a destructured name, a variable. */
export function traceDeclaration(
  engine: Provenance,
  declaration: ts.Declaration,
  depth: number,
  use?: ts.Node,
): Origin[] {
  const { ts } = engine.ctx;
  if (ts.isParameter(declaration)) {
    const element = iteratedElements(engine, declaration, depth);
    if (element !== undefined) return element;
    const own = [paramOrigin(engine.ctx, declaration)];
    return declaration.initializer !== undefined ? [...own, ...engine.trace(declaration.initializer, depth)] : own;
  }
  if (ts.isBindingElement(declaration)) return bindingElement(engine, declaration, depth, use);
  if (ts.isVariableDeclaration(declaration)) return variable(engine, declaration, depth, use);
  return [];
}

/** `{ a: { b } } = x` -> `x.a.b`; `[a] = xs` -> an element of `xs`; plus the element's default. */
function bindingElement(engine: Provenance, element: ts.BindingElement, depth: number, use?: ts.Node): Origin[] {
  const { ts } = engine.ctx;
  const path: string[] = [];
  let node: ts.Node = element;
  while (ts.isBindingElement(node)) {
    const pattern = node.parent;
    if (ts.isObjectBindingPattern(pattern) && node.dotDotDotToken === undefined) {
      const key = node.propertyName ?? node.name;
      path.unshift(ts.isIdentifier(key) || ts.isStringLiteralLike(key) || ts.isNumericLiteral(key) ? key.text : '*');
    } else if (ts.isArrayBindingPattern(pattern))
      path.unshift(node.dotDotDotToken === undefined ? String(pattern.elements.indexOf(node)) : '*');
    node = pattern.parent;
  }
  const defaults = element.initializer !== undefined ? engine.trace(element.initializer, depth) : [];
  if (element.dotDotDotToken !== undefined && ts.isObjectBindingPattern(element.parent))
    return restElement(engine, element, path, depth);
  let whole: Origin[] = [];
  if (ts.isParameter(node)) {
    whole = [paramOrigin(engine.ctx, node, path)];
    if (node.initializer !== undefined) whole.push(...narrowAll(engine.trace(node.initializer, depth), path));
  } else if (ts.isVariableDeclaration(node)) whole = narrowAll(variable(engine, node, depth), path);
  // a `let` of a pattern assigned again (`[from, to] = [to, from]`)
  const again = ts.isIdentifier(element.name) ? tracedWrites(engine, element, element.name, depth, use) : [];
  return [...whole, ...defaults, ...again];
}

/**
 * `const { jobId, attempt, ...spec } = job`: the rest object holds the source's other
 * properties, not the ones its siblings took. Its origins are the source's, property by
 * property, without the siblings' (`spec.prompt` is `job.prompt`; nothing of it is `job.jobId`).
 */
function restElement(engine: Provenance, element: ts.BindingElement, path: readonly string[], depth: number): Origin[] {
  const { ts, checker } = engine.ctx;
  const pattern = element.parent as ts.ObjectBindingPattern;
  const taken = new Set(
    pattern.elements
      .filter((e) => e !== element)
      .map((e) => {
        const key = e.propertyName ?? e.name;
        return ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : '';
      }),
  );
  let owner: ts.Node = pattern.parent;
  const source = ts.isParameter(owner)
    ? [paramOrigin(engine.ctx, owner, path)]
    : ts.isVariableDeclaration(owner)
      ? narrowAll(variable(engine, owner, depth), path)
      : [];
  if (ts.isBindingElement(owner)) owner = owner.name;
  if (checker === undefined) return source;
  const properties = checker
    .getTypeAtLocation(element.name)
    .getProperties()
    .map((p) => p.getName())
    .filter((n) => !taken.has(n));
  return properties.flatMap((name) => narrow(source, name).map((o) => ({ ...o, at: [name, ...o.at] })));
}

function narrowAll(origins: Origin[], path: readonly string[]): Origin[] {
  let out = origins;
  for (const segment of path) out = segment === '*' ? out : narrow(out, segment);
  return out;
}

/** A variable: its initializer and every assignment to it; a module-level one holds per-process values. */
function variable(engine: Provenance, declaration: ts.VariableDeclaration, depth: number, use?: ts.Node): Origin[] {
  const { ts } = engine.ctx;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list)) return [];
  const statement = list.parent;
  if (ts.isForOfStatement(statement) || ts.isForInStatement(statement))
    return engine.trace(statement.expression, depth);
  const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
  const out: Origin[] = declaration.initializer !== undefined ? engine.trace(declaration.initializer, depth) : [];
  if (ts.isIdentifier(declaration.name)) out.push(...tracedWrites(engine, declaration, declaration.name, depth, use));
  const moduleLevel = ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent);
  if (!moduleLevel) return out;
  // a module counter (`seq += 1`, `seq++` anywhere in the program) holds a new value on every call
  if (!isConst && ts.isIdentifier(declaration.name) && isCounter(engine, declaration)) {
    out.push(
      origin({
        kind: 'source',
        node: declaration.name,
        sort: 'per-call',
        what: `${declaration.name.text} (a counter the program increments)`,
      }),
    );
  }
  const perProcess = out.map((o) => withSort(o, 'per-process'));
  const symbol = engine.ctx.checker?.getSymbolAtLocation(declaration.name);
  if (!isConst && symbol !== undefined && ts.isIdentifier(declaration.name))
    perProcess.push(origin({ kind: 'binding', symbol, name: declaration.name.text }));
  return perProcess;
}

/**
 * Every value written into this variable in the scope that declares it: right-hand sides of
 * `x = …`, `x += …`, `x ??= …`, and the elements an array gains in place (`x.push(a)`,
 * `x.unshift(a)`, `x.splice(i, n, a)`, `x[i] = a`), which a `const` array takes too.
 */
/** A value written into a variable, at a position inside it (`x.body.model = v`: `body`, `model`). */
export interface Write {
  readonly value: ts.Expression;
  readonly at: readonly string[];
  /** The assignment or call that writes it. */
  readonly node: ts.Node;
}

/** The origins the program writes into the binding `name` declares, as seen from `use`. */
function tracedWrites(
  engine: Provenance,
  holder: ts.Node,
  name: ts.Identifier,
  depth: number,
  use: ts.Node | undefined,
): Origin[] {
  return writesTo(engine, holder, name)
    .filter((w) => w.at.length === 0 || use === undefined || !writtenAfter(engine.ctx, w.node, use))
    .flatMap(({ value, at }) =>
      engine.trace(value, depth).map((o) => (at.length > 0 ? { ...o, at: [...at, ...o.at] } : o)),
    );
}

/**
 * A property set after the only use in view (`await this.quote(opts); opts.finishedAt = Date.now()`):
 * later in the same function, and no loop around the use brings it round again.
 */
function writtenAfter(ctx: AnalysisContext, write: ts.Node, use: ts.Node): boolean {
  const { ts } = ctx;
  if (write.getSourceFile() !== use.getSourceFile() || write.pos < use.end) return false;
  if (enclosingFunction(ctx, write) !== enclosingFunction(ctx, use)) return false;
  for (let p = use.parent; p !== undefined && !ts.isFunctionLike(p); p = p.parent)
    if (ts.isIterationStatement(p, false) && write.pos >= p.pos && write.end <= p.end) return false;
  return true;
}

/** What the program writes into a variable's binding (`out[key] = value` after `const out = {}`). */
export function writtenInto(engine: Provenance, declaration: ts.VariableDeclaration): readonly Write[] {
  return engine.ctx.ts.isIdentifier(declaration.name) ? writesTo(engine, declaration, declaration.name) : [];
}

/**
 * What the program writes into a binding: assigned (`x = v`, `x[i] = v`, in a destructuring
 * assignment `[a, b] = [b, a]` the whole right side), pushed (`x.push(v)`), or set on a property
 * of it, however deep (`req.body.model = v` at `body.model`, `entry[1] = v` at `1`; past `rows[i]`, at no
 * known position): the binding holds it from then on.
 */
function writesTo(engine: Provenance, holder: ts.Node, nameNode: ts.Identifier): readonly Write[] {
  const cached = engine.assignments.get(holder);
  if (cached !== undefined) return cached;
  const { ts, checker } = engine.ctx;
  const out: Write[] = [];
  if (checker !== undefined) {
    const name = nameNode.text;
    const symbol = checker.getSymbolAtLocation(nameNode);
    let scope: ts.Node = holder;
    while (!ts.isSourceFile(scope) && !ts.isFunctionLike(scope)) scope = scope.parent;
    const isOurs = (e: ts.Node): boolean =>
      ts.isIdentifier(e) && e.text === name && checker.getSymbolAtLocation(e) === symbol;
    /** The position a write target names inside the binding, or undefined when its root is not the binding. */
    const positionIn = (target: ts.Expression): string[] | undefined => {
      const at: string[] = [];
      let e = target;
      for (;;) {
        e = skipOuter(engine.ctx, e);
        if (ts.isPropertyAccessExpression(e)) at.unshift(e.name.text);
        else if (ts.isElementAccessExpression(e)) {
          // `entry[1] = v` at `1`; past an element it does not name, no position is known
          const key = e.argumentExpression;
          if (ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)) at.unshift(key.text);
          else at.length = 0;
        } else return isOurs(e) ? at : undefined;
        e = e.expression;
      }
    };
    /** Whether a destructuring target (`[a, b]`, `{ a, b: c }`) assigns the binding. */
    const assignsIn = (target: ts.Node): boolean => {
      let found = false;
      const visit = (n: ts.Node): void => {
        if (found) return;
        if (isOurs(n)) found = true;
        else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
      };
      visit(target);
      return found;
    };
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node)) {
        const op = node.operatorToken.kind;
        if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) {
          const left = node.left;
          const destructuring =
            op === ts.SyntaxKind.EqualsToken &&
            (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left)) &&
            assignsIn(left);
          const at = destructuring ? [] : positionIn(left);
          if (at !== undefined) out.push({ value: node.right, at, node });
        }
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        isOurs(node.expression.expression)
      ) {
        const first = ELEMENTS_FROM.get(node.expression.name.text);
        if (first !== undefined)
          for (const arg of node.arguments.slice(first))
            out.push({ value: ts.isSpreadElement(arg) ? arg.expression : arg, at: [], node });
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
  }
  engine.assignments.set(holder, out);
  return out;
}

/** Array and promise methods whose callback receives an element (or the settled value) of the receiver, and at which parameter. */
const ELEMENT_PARAMETER: ReadonlyMap<string, number> = new Map([
  ['map', 0],
  ['forEach', 0],
  ['flatMap', 0],
  ['filter', 0],
  ['find', 0],
  ['findLast', 0],
  ['some', 0],
  ['every', 0],
  ['reduce', 1],
  ['reduceRight', 1],
  ['then', 0],
  ['sort', 0],
  ['findIndex', 0],
]);

/**
 * `jobs.map((j) => this.run(j))`: the callback's parameter holds an element of the receiver
 * (`then`: the promise's value), so it carries the receiver's origins. Undefined when the
 * parameter is not such a callback's.
 */
function iteratedElements(engine: Provenance, param: ts.ParameterDeclaration, depth: number): Origin[] | undefined {
  const { ts } = engine.ctx;
  const fn = param.parent;
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn) || !ts.isPropertyAccessExpression(call.expression))
    return undefined;
  const at = ELEMENT_PARAMETER.get(call.expression.name.text);
  if (at === undefined || fn.parameters.indexOf(param) !== at) return undefined;
  return engine.trace(call.expression.expression, depth);
}

/** True when the program increments the variable: `x++`, `++x`, `x += n`, `x -= n`. */
function isCounter(engine: Provenance, declaration: ts.VariableDeclaration): boolean {
  const { ts, checker } = engine.ctx;
  if (checker === undefined || !ts.isIdentifier(declaration.name)) return false;
  const symbol = checker.getSymbolAtLocation(declaration.name);
  const name = declaration.name.text;
  let found = false;
  const ours = (e: ts.Node): boolean =>
    ts.isIdentifier(e) && e.text === name && checker.getSymbolAtLocation(e) === symbol;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) &&
      ours(node.operand)
    )
      found = true;
    else if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ||
        node.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) &&
      ours(node.left)
    )
      found = true;
    ts.forEachChild(node, visit);
  };
  visit(declaration.getSourceFile());
  return found;
}
