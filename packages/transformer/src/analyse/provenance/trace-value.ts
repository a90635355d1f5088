import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { narrow, origin, unpositioned, withSort, type Origin } from './origin';
import { sourceAt } from './per-call-sources';
import { calledFunction, declarationOf, returnedExpressions, type ProgramFunction } from './resolve-function';
import { traceDeclaration, type Write } from './trace-declaration';
import { isClockRead, isTimeBucket, quantisesClock } from './time-bucket';
import { isPerCallType } from '../type-shape';

/** Calls whose callback's results make up their value (not `filter`/`find`/`sort`, whose callbacks only choose). */
const MAPPERS = /^(?:map|flatMap|reduce|reduceRight|then|from|mapValues)$/;

/** How many program functions deep a value is followed through returns. */
const MAX_DEPTH = 4;

/**
 * The provenance engine: where does the value of an expression come from? Pure (AST and
 * checker in, origins out) and cached per program: one instance serves every check. Followed
 * through locals (every assignment), destructuring, object and array literals and spreads,
 * templates, conditional and binary expressions, `await`, property reads, `this` fields and
 * getters, and the returns of the program's functions (a summary per function, cycle-safe,
 * bounded depth). Calls of functions outside the program pass their arguments' and receiver's
 * origins on, as values computed from them.
 */
export class Provenance {
  private readonly summaries = new Map<ProgramFunction, readonly Origin[]>();
  private readonly active = new Set<ts.Node>();
  readonly assignments = new Map<ts.Node, readonly Write[]>();

  constructor(readonly ctx: AnalysisContext) {}

  /** Every origin of the value `expr` evaluates to. */
  originsOf(expr: ts.Expression): Origin[] {
    return this.trace(expr, 0);
  }

  /** The origins of what `fn` returns, in terms of its own parameters (cached). */
  summary(fn: ProgramFunction, depth = 0): readonly Origin[] {
    const cached = this.summaries.get(fn);
    if (cached !== undefined) return cached;
    if (this.active.has(fn) || depth > MAX_DEPTH) return [];
    this.active.add(fn);
    const out = returnedExpressions(this.ctx, fn).flatMap((e) => this.trace(e, depth + 1));
    this.active.delete(fn);
    this.summaries.set(fn, out);
    return out;
  }

  /** Traces `node` once per declaration on the current path (cycles through assignments end). */
  guarded(key: ts.Node, run: () => Origin[]): Origin[] {
    if (this.active.has(key)) return [];
    this.active.add(key);
    try {
      return run();
    } finally {
      this.active.delete(key);
    }
  }

  trace(node: ts.Expression, depth: number): Origin[] {
    // a clock quantised where it is written (`dayjs().startOf('day')`, `Math.floor(Date.now() / 86_400_000)`) is a time bucket
    if (quantisesClock(this.ctx, node)) return asTimeBucket(this.traceInner(node, depth));
    return this.traceInner(node, depth);
  }

  private traceInner(node: ts.Expression, depth: number): Origin[] {
    const { ts } = this.ctx;
    const source = sourceAt(this.ctx, node);
    if (source !== undefined) return [origin({ kind: 'source', node, sort: source.sort, what: source.what })];
    if (
      this.ctx.checker !== undefined &&
      (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) &&
      isPerCallType(this.ctx, this.ctx.checker.getTypeAtLocation(node))
    ) {
      return [origin({ kind: 'source', node, sort: 'per-call', what: `${node.getText()}: PerCall<T>` })];
    }
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isAwaitExpression(node) ||
      ts.isTypeAssertionExpression(node)
    ) {
      return this.trace(node.expression, depth);
    }
    if (ts.isIdentifier(node)) return this.identifier(node, depth);
    if (ts.isPropertyAccessExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ThisKeyword || node.expression.kind === ts.SyntaxKind.SuperKeyword)
        return this.member(node.name, depth);
      return narrow(this.trace(node.expression, depth), node.name.text);
    }
    if (ts.isElementAccessExpression(node)) {
      const key = node.argumentExpression;
      const name = ts.isStringLiteralLike(key) || ts.isNumericLiteral(key) ? key.text : undefined;
      if (node.expression.kind === ts.SyntaxKind.ThisKeyword && name !== undefined) return this.member(key, depth);
      const inner = this.trace(node.expression, depth);
      return name !== undefined ? narrow(inner, name) : inner;
    }
    if (ts.isCallExpression(node)) return this.call(node, depth);
    if (ts.isNewExpression(node)) return derived((node.arguments ?? []).flatMap((a) => this.trace(a, depth)));
    if (ts.isTemplateExpression(node))
      return derived(node.templateSpans.flatMap((s) => this.trace(s.expression, depth)));
    if (ts.isTaggedTemplateExpression(node))
      return derived(ts.isTemplateExpression(node.template) ? this.trace(node.template, depth) : []);
    if (ts.isConditionalExpression(node))
      return [...this.trace(node.whenTrue, depth), ...this.trace(node.whenFalse, depth)];
    if (ts.isBinaryExpression(node)) return this.binary(node, depth);
    if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node))
      return derived(this.trace(node.operand, depth));
    if (ts.isTypeOfExpression(node)) return derived(this.trace(node.expression, depth));
    if (ts.isObjectLiteralExpression(node)) return this.object(node, depth);
    if (ts.isArrayLiteralExpression(node)) return this.array(node, depth);
    if (ts.isSpreadElement(node)) return this.trace(node.expression, depth);
    return [];
  }

  /** `[a, b]`: each element at its position, until a spread makes the positions unknown. */
  private array(node: ts.ArrayLiteralExpression, depth: number): Origin[] {
    const { ts } = this.ctx;
    let positional = true;
    return node.elements.flatMap((e, i) => {
      if (ts.isSpreadElement(e)) {
        positional = false;
        return this.trace(e.expression, depth);
      }
      const origins = this.trace(e, depth);
      return positional ? origins.map((o) => at(o, String(i))) : origins;
    });
  }

  private identifier(id: ts.Identifier, depth: number): Origin[] {
    if (id.text === 'undefined') return [];
    const declaration = declarationOf(this.ctx, id);
    if (declaration === undefined) return [];
    return this.guarded(declaration, () => traceDeclaration(this, declaration, depth, id)).map((o) =>
      withStep(o, id.text, declaration),
    );
  }

  /** `this.x`, `this['x']`, `this.#x`, `super.x`: a field (its initializer, per instance), a getter, or a parameter property. */
  private member(name: ts.Node, depth: number): Origin[] {
    const { ts } = this.ctx;
    const declaration = declarationOf(this.ctx, name);
    if (declaration === undefined) return [];
    if (ts.isGetAccessorDeclaration(declaration) && declaration.body !== undefined)
      return this.summary(declaration, depth).slice();
    if (ts.isMethodDeclaration(declaration)) return [];
    const symbol = this.ctx.checker?.getSymbolAtLocation(name);
    const label = `this.${ts.isStringLiteralLike(name) ? name.text : name.getText()}`;
    const out: Origin[] = symbol !== undefined ? [origin({ kind: 'binding', symbol, name: label })] : [];
    if (ts.isPropertyDeclaration(declaration) && declaration.initializer !== undefined) {
      const init = declaration.initializer;
      const perInstance = this.guarded(declaration, () => this.trace(init, depth)).map((o) =>
        withSort(o, 'per-instance'),
      );
      out.push(...perInstance.map((o) => withStep(o, label, declaration)));
    }
    // values parked on the field elsewhere (`this.pending.push({ at: new Date() })`, `this.last = x`) come back with it
    if (symbol !== undefined && ts.isPropertyDeclaration(declaration)) {
      const written = this.guarded(declaration, () =>
        memberWrites(this.ctx, symbol, declaration).flatMap((e) => {
          const inConstructor = enclosingConstructor(this.ctx, e);
          return this.trace(e, depth).map((o) => (inConstructor ? withSort(o, 'per-instance') : o));
        }),
      );
      out.push(...written.map((o) => withStep(o, label, declaration)));
    }
    return out;
  }

  private call(node: ts.CallExpression, depth: number): Origin[] {
    const { ts } = this.ctx;
    const fn = calledFunction(this.ctx, node.expression);
    if (fn === undefined || depth > MAX_DEPTH) {
      const callee = node.expression;
      const receiver =
        ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)
          ? this.trace(callee.expression, depth)
          : [];
      const mapped =
        ts.isPropertyAccessExpression(callee) && MAPPERS.test(callee.name.text)
          ? node.arguments.flatMap((a) => this.callbackResults(a, depth))
          : [];
      // what a library makes of an array (`sort`, `filter`, `reverse`, `concat`) keeps no element where it
      // was; `Promise.all` keeps each at its place
      const all = [...receiver, ...mapped, ...node.arguments.flatMap((a) => this.trace(a, depth))];
      return derived(/^Promise\.(?:all|allSettled)$/.test(callee.getText()) ? all : all.map(unpositioned));
    }
    const bucket = isTimeBucket(this.ctx, fn);
    const step = { name: `${node.expression.getText().replace(/\s+/g, '')}()`, node };
    const out: Origin[] = [];
    for (const o of this.summary(fn, depth)) {
      if (bucket && o.root.kind === 'source' && o.root.sort === 'per-call') continue; // a deliberate time bucket
      if (o.root.kind !== 'param' || o.root.fn !== fn) {
        out.push({ ...o, steps: [step, ...o.steps] });
        continue;
      }
      const arg = node.arguments[o.root.index];
      if (arg === undefined) continue; // the default, traced in the summary
      let inner = this.trace(ts.isSpreadElement(arg) ? arg.expression : arg, depth);
      if (o.bucketed) inner = asTimeBucket(inner);
      for (const segment of o.path) inner = narrow(inner, segment);
      for (const i of inner)
        out.push({ ...i, at: [...o.at, ...i.at], exact: i.exact && o.exact, steps: [step, ...o.steps, ...i.steps] });
    }
    return out;
  }

  /** What a callback returns (`xs.map((x) => ({ …x, at: Date.now() }))`): its results become the call's value. */
  private callbackResults(arg: ts.Expression, depth: number): Origin[] {
    const { ts } = this.ctx;
    if (!ts.isArrowFunction(arg) && !ts.isFunctionExpression(arg)) return [];
    return this.guarded(arg, () => returnedExpressions(this.ctx, arg).flatMap((e) => this.trace(e, depth)));
  }

  private binary(node: ts.BinaryExpression, depth: number): Origin[] {
    const { ts } = this.ctx;
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.CommaToken || op === ts.SyntaxKind.EqualsToken) return this.trace(node.right, depth);
    const both = [...this.trace(node.left, depth), ...this.trace(node.right, depth)];
    const chooses =
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken;
    return chooses ? both : derived(both);
  }

  private object(node: ts.ObjectLiteralExpression, depth: number): Origin[] {
    const { ts } = this.ctx;
    const out: Origin[] = [];
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) out.push(...this.trace(property.expression, depth));
      else if (ts.isShorthandPropertyAssignment(property))
        out.push(...this.trace(property.name, depth).map((o) => at(o, property.name.text)));
      else if (ts.isPropertyAssignment(property)) {
        const key =
          ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name) || ts.isNumericLiteral(property.name)
            ? property.name.text
            : '*';
        out.push(...this.trace(property.initializer, depth).map((o) => at(o, key)));
      }
    }
    return out;
  }
}

/** A value quantised to a time bucket: its clock reads are gone, and a parameter's caller's clock will be too. */
function asTimeBucket(origins: readonly Origin[]): Origin[] {
  return origins.filter((o) => !isClockRead(o)).map((o) => (o.root.kind === 'param' ? { ...o, bucketed: true } : o));
}

function derived(origins: readonly Origin[]): Origin[] {
  return origins.map((o) => (o.exact ? { ...o, exact: false } : o));
}

function at(o: Origin, key: string): Origin {
  return { ...o, at: [key, ...o.at] };
}

function withStep(o: Origin, name: string, node: ts.Node): Origin {
  if (o.steps[0]?.name === name && o.steps[0].node === node) return o;
  return { ...o, steps: [{ name, node }, ...o.steps] };
}

const ELEMENTS_ADDED: ReadonlyMap<string, number> = new Map([
  ['push', 0],
  ['unshift', 0],
  ['splice', 2],
  ['set', 1],
  ['add', 0],
]);
const memberWriteCache = new WeakMap<ts.Symbol, readonly ts.Expression[]>();

/** Every value the class writes into a field: `this.x = v`, `this.x.push(v)`, `this.x.set(k, v)`, `this.x[i] = v`. */
function memberWrites(
  ctx: AnalysisContext,
  symbol: ts.Symbol,
  declaration: ts.PropertyDeclaration,
): readonly ts.Expression[] {
  const cached = memberWriteCache.get(symbol);
  if (cached !== undefined) return cached;
  const { ts, checker } = ctx;
  const out: ts.Expression[] = [];
  const isField = (e: ts.Expression): boolean =>
    ts.isPropertyAccessExpression(e) &&
    e.expression.kind === ts.SyntaxKind.ThisKeyword &&
    checker?.getSymbolAtLocation(e.name) === symbol;
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      const target = ts.isElementAccessExpression(node.left) ? node.left.expression : node.left;
      if (isField(target)) out.push(node.right);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      isField(node.expression.expression)
    ) {
      const first = ELEMENTS_ADDED.get(node.expression.name.text);
      if (first !== undefined)
        for (const arg of node.arguments.slice(first)) out.push(ts.isSpreadElement(arg) ? arg.expression : arg);
    }
    ts.forEachChild(node, visit);
  };
  if (checker !== undefined) visit(declaration.parent);
  memberWriteCache.set(symbol, out);
  return out;
}

function enclosingConstructor(ctx: AnalysisContext, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    if (ctx.ts.isConstructorDeclaration(n)) return true;
    if (ctx.ts.isFunctionLike(n) || ctx.ts.isClassLike(n)) return false;
  }
  return false;
}
