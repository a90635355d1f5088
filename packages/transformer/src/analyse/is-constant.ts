import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { calledFunction, variableOf } from './provenance/resolve-function';
import type { Provenance } from './provenance/trace-value';
import { isServiceType } from './type-shape';
import { computedOutside, PURE_CALLS } from './computed-outside';
import { sourceAt } from './provenance/per-call-sources';
import { processMember } from './provenance/builtin-names';

// What the program never changes: compile-time constants, and the bindings nothing writes to.

/** Known pure constructors of the language: constant in, constant out (pure functions: computed-outside.ts). */
const PURE_CONSTRUCTORS = /^(?:Set|Map|URL|RegExp|Date|Intl\.\w+|TextEncoder|TextDecoder)$/;

/**
 * A compile-time constant: literals, templates and operators over constants, `as const` and
 * frozen objects and arrays of constants, other constants, enum members, pure builtins over
 * constants, and methods of constants (`LANGS.join(',')`).
 */
export function isConstant(
  ctx: AnalysisContext,
  engine: Provenance,
  expr: ts.Expression,
  seen = new Set<ts.Node>(),
): boolean {
  const { ts, checker } = ctx;
  if (seen.has(expr) || seen.size > 64) return seen.has(expr);
  seen.add(expr);
  // a clock, an id, the environment, the request: never a constant (`Date.now()` is no method of a constant `Date`)
  if (sourceAt(ctx, expr) !== undefined) return false;
  const constant = (e: ts.Expression | undefined): boolean => e === undefined || isConstant(ctx, engine, e, seen);
  if (
    ts.isStringLiteralLike(expr) ||
    ts.isNumericLiteral(expr) ||
    ts.isBigIntLiteral(expr) ||
    ts.isRegularExpressionLiteral(expr)
  )
    return true;
  if (
    expr.kind === ts.SyntaxKind.TrueKeyword ||
    expr.kind === ts.SyntaxKind.FalseKeyword ||
    expr.kind === ts.SyntaxKind.NullKeyword
  )
    return true;
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr) || ts.isClassExpression(expr)) return true;
  if (
    ts.isParenthesizedExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isNonNullExpression(expr) ||
    ts.isTypeAssertionExpression(expr)
  )
    return constant(expr.expression);
  if (ts.isTemplateExpression(expr)) return expr.templateSpans.every((s) => constant(s.expression));
  if (ts.isPrefixUnaryExpression(expr)) return constant(expr.operand);
  if (ts.isBinaryExpression(expr)) return constant(expr.left) && constant(expr.right);
  if (ts.isConditionalExpression(expr))
    return constant(expr.condition) && constant(expr.whenTrue) && constant(expr.whenFalse);
  if (ts.isArrayLiteralExpression(expr))
    return expr.elements.every((e) => constant(ts.isSpreadElement(e) ? e.expression : e));
  if (ts.isObjectLiteralExpression(expr)) {
    return expr.properties.every((p) =>
      ts.isPropertyAssignment(p)
        ? constant(p.initializer) && (!ts.isComputedPropertyName(p.name) || constant(p.name.expression))
        : ts.isShorthandPropertyAssignment(p)
          ? constant(p.name)
          : ts.isSpreadAssignment(p)
            ? constant(p.expression)
            : true,
    );
  }
  if (checker === undefined) return false;
  if (ts.isIdentifier(expr)) {
    if (expr.text === 'undefined') return true;
    const symbol = checker.getSymbolAtLocation(expr);
    return symbol !== undefined && isConstantBinding(ctx, engine, symbol, expr, seen);
  }
  if (ts.isPropertyAccessExpression(expr) && expr.expression.kind === ts.SyntaxKind.ThisKeyword) {
    // another field of the instance that every instance holds alike (`${this.host}/v4`)
    const field = checker.getSymbolAtLocation(expr.name)?.valueDeclaration;
    return field !== undefined && isConstantField(ctx, engine, field, seen);
  }
  if (ts.isPropertyAccessExpression(expr) || ts.isElementAccessExpression(expr)) {
    const type = checker.getTypeAtLocation(expr);
    if (type.isLiteral() && (ts.isPropertyAccessExpression(expr) ? isEnumLike(ctx, expr.expression) : false))
      return true;
    return constant(expr.expression) && (ts.isPropertyAccessExpression(expr) || constant(expr.argumentExpression));
  }
  if (ts.isCallExpression(expr)) {
    if (!expr.arguments.every((a) => constant(ts.isSpreadElement(a) ? a.expression : a))) return false;
    const callee = expr.expression.getText().replace(/\s+/g, '');
    if (PURE_CALLS.test(callee)) return true;
    // a method of a constant (`LANGS.join(',')`, `PROMPT.trim()`)
    if (
      (ts.isPropertyAccessExpression(expr.expression) || ts.isElementAccessExpression(expr.expression)) &&
      constant(expr.expression.expression)
    )
      return true;
    // a function of the program whose answer depends only on its (constant) arguments, and on
    // nothing it asks outside the code (`loadRates()` reading a file)
    const fn = calledFunction(ctx, expr.expression);
    if (fn !== undefined)
      return (
        !computedOutside(ctx, engine, expr) &&
        engine
          .summary(fn)
          .every(
            (o) =>
              (o.root.kind === 'param' && o.root.fn === fn) ||
              (o.root.kind === 'binding' && isConstantBinding(ctx, engine, o.root.symbol, undefined, seen)),
          )
      );
    return false;
  }
  if (ts.isNewExpression(expr)) {
    const callee = expr.expression.getText().replace(/\s+/g, '');
    const args = expr.arguments ?? [];
    return (
      PURE_CONSTRUCTORS.test(callee) &&
      (callee !== 'Date' || args.length > 0) &&
      args.every((a) => constant(ts.isSpreadElement(a) ? a.expression : a))
    );
  }
  return false;
}

/**
 * A binding that holds a compile-time constant: an enum, a function or class of the program, a
 * library's function, class or service object (`Symbol`, `Math`), or a `const` nothing writes
 * to whose initializer is constant. `at`: where it is read, for the type of a library binding.
 */
function isConstantBinding(
  ctx: AnalysisContext,
  engine: Provenance,
  found: ts.Symbol,
  at: ts.Expression | undefined,
  seen: Set<ts.Node>,
): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  const symbol = found.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(found) : found;
  const declaration = symbol.valueDeclaration;
  if (declaration === undefined) return false;
  if (declaration.getSourceFile().isDeclarationFile) {
    const type =
      at !== undefined ? checker.getTypeAtLocation(at) : checker.getTypeOfSymbolAtLocation(symbol, declaration);
    return (
      isServiceType(ctx, type) ||
      type.getCallSignatures().length > 0 ||
      (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Function | ts.SymbolFlags.Enum)) !== 0
    );
  }
  if (
    ts.isEnumMember(declaration) ||
    ts.isEnumDeclaration(declaration) ||
    ts.isFunctionDeclaration(declaration) ||
    ts.isClassDeclaration(declaration)
  )
    return true;
  const variable = variableOf(ctx, declaration);
  if (variable === undefined || ((variable.parent as ts.VariableDeclarationList).flags & ts.NodeFlags.Const) === 0)
    return false;
  const own = ts.isIdentifier(variable.name) ? checker.getSymbolAtLocation(variable.name) : symbol;
  if (own !== undefined && isMutated(ctx, own)) return false;
  return (
    variable.initializer !== undefined &&
    !readsEnv(ctx, variable.initializer) &&
    isConstant(ctx, engine, variable.initializer, seen)
  );
}

function isEnumLike(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const symbol = ctx.checker!.getSymbolAtLocation(expr);
  return symbol !== undefined && (symbol.flags & ctx.ts.SymbolFlags.Enum) !== 0;
}

/** `process.env…` anywhere in an initializer. */
export function readsEnv(ctx: AnalysisContext, expr: ts.Node): boolean {
  const { ts } = ctx;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (processMember(ctx, node) === 'env') {
      found = true;
      return;
    }
    if (ts.isFunctionLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(expr);
  return found;
}

const MUTATORS = new Set([
  'set',
  'add',
  'delete',
  'clear',
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
]);
/**
 * Per program: the answer depends on every file, and a language service or a watching build
 * hands the same symbols of an unchanged file to the next program, where another file may now
 * write into them.
 */
const writtenIn = new WeakMap<ts.Program, WeakMap<ts.Symbol, boolean>>();

/**
 * True when the program assigns the binding or writes into the value it holds (`cache.set(k, v)`,
 * `state.count++`, `list.push(x)`, `Object.assign(cfg, …)`, `Svc.limit = 5`).
 */
export function isMutated(ctx: AnalysisContext, symbol: ts.Symbol): boolean {
  let written = writtenIn.get(ctx.program);
  if (written === undefined) {
    written = new WeakMap();
    writtenIn.set(ctx.program, written);
  }
  const cached = written.get(symbol);
  if (cached !== undefined) return cached;
  const { ts, checker } = ctx;
  const name = symbol.getName();
  let found = false;
  const isOurs = (e: ts.Node): boolean => {
    const s = checker!.getSymbolAtLocation(e);
    return (
      s === symbol ||
      (s !== undefined && s.flags & ts.SymbolFlags.Alias && checker!.getAliasedSymbol(s) === symbol) === true
    );
  };
  // the binding itself, or any object reached through it (`CONFIG.limits.free`, `Svc.cache`)
  const touches = (e: ts.Expression): boolean => {
    let n = e;
    for (;;) {
      if (isOurs(n) || (ts.isPropertyAccessExpression(n) && isOurs(n.name))) return true;
      if (
        ts.isPropertyAccessExpression(n) ||
        ts.isElementAccessExpression(n) ||
        ts.isParenthesizedExpression(n) ||
        ts.isNonNullExpression(n)
      )
        n = n.expression;
      else return false;
    }
  };
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      if (touches(node.left)) found = true;
    } else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      if (touches(node.operand)) found = true;
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const callee = node.expression;
      if (MUTATORS.has(callee.name.text) && touches(callee.expression)) found = true;
      // Object.assign(target, …)
      if (callee.name.text === 'assign' && node.arguments[0] !== undefined && touches(node.arguments[0])) found = true;
    } else if (ts.isDeleteExpression(node) && touches(node.expression)) found = true;
    ts.forEachChild(node, visit);
  };
  for (const file of ctx.program.getSourceFiles()) {
    if (file.isDeclarationFile || ctx.program.isSourceFileFromExternalLibrary(file) || !file.text.includes(name))
      continue;
    visit(file);
    if (found) break;
  }
  written.set(symbol, found);
  return found;
}

/**
 * A readonly field every write of which is a compile-time constant (is-constant.ts): its
 * initializer and the `this.field = …` assignments in its class's constructor (`private readonly
 * perPage = 100`, `this.url = \`${API_HOST}/v${VERSION}\``, `readonly url = \`${this.host}/v4\`` over
 * another such field). Every instance holds the same value
 * (a change is a code change, like any other), so it needs no decision. A write from a
 * constructor argument is not constant: instances may differ.
 */
export function isConstantField(
  ctx: AnalysisContext,
  engine: Provenance,
  declaration: ts.Node,
  seen = new Set<ts.Node>(),
): boolean {
  const { ts } = ctx;
  if (!ts.isPropertyDeclaration(declaration)) return false;
  if (!(ts.getModifiers(declaration) ?? []).some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword)) return false;
  const writes = fieldWrites(ctx, declaration);
  return writes.length > 0 && writes.every((e) => isConstant(ctx, engine, e, seen));
}

/**
 * What a field is set to: its initializer and the `this.field = …` assignments in its class's
 * constructor (a compound assignment, `+=`, counts: it reads the old value too); a parameter
 * property's default.
 */
export function fieldWrites(
  ctx: AnalysisContext,
  declaration: ts.PropertyDeclaration | ts.ParameterDeclaration,
): ts.Expression[] {
  const { ts } = ctx;
  const writes: ts.Expression[] = declaration.initializer ? [declaration.initializer] : [];
  if (!ts.isPropertyDeclaration(declaration)) return writes;
  const name = declaration.name.getText();
  const ctor = declaration.parent.members.find(
    (m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined,
  );
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      node.left.name.text === name
    )
      writes.push(node.right);
    ts.forEachChild(node, visit);
  };
  if (ctor?.body) visit(ctor.body);
  return writes;
}
