import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import {
  calledFunction,
  declarationOf,
  enclosingFunction,
  ownConstOf,
  returnedExpressions,
} from './provenance/resolve-function';
import { skipOuter } from './provenance/outer-expressions';
import { isServiceType } from './type-shape';
import { writtenInto } from './provenance/trace-declaration';
import type { Provenance } from './provenance/trace-value';

/** Known pure functions of the language and of common libraries: what they answer is made of their arguments. */
export const PURE_CALLS =
  /^(?:Object\.(?:freeze|fromEntries|entries|keys|values|assign)|String|Number|Boolean|BigInt|Symbol\.for|JSON\.(?:stringify|parse)|Array\.(?:from|of)|Math\.(?!random\b)\w+|encodeURIComponent|encodeURI|parseInt|parseFloat|path\.(?:join|posix\.join)|dedent|z\.\w+|structuredClone)$/;

/** How many program functions deep an answer is looked into. */
const MAX_DEPTH = 3;

/**
 * THE PRINCIPLE. A value is computed outside the code when it is what a library's function
 * answers (`readFileSync(…)`, `fetch(…)`, `loadConfig()`) or what a service is asked
 * (`(await fetch(url)).json()`, `client.models.list()`): the program does not say what it is.
 * Pure builtins (`JSON.parse`, `Object.freeze`), methods of plain values (`name.trim()`,
 * `list.slice()`) and the program's own functions are made of their parts, so they are looked
 * into: the arguments, the receiver, what the function returns (through its locals), a few
 * functions deep. Module data computed outside the code at load is configuration (classify-input.ts).
 */
export function computedOutside(
  ctx: AnalysisContext,
  engine: Provenance,
  expr: ts.Expression,
  depth = 0,
  seen = new Set<ts.Node>(),
): boolean {
  const { ts, checker } = ctx;
  if (seen.has(expr)) return false;
  seen.add(expr);
  const outside = (e: ts.Expression, d = depth): boolean => computedOutside(ctx, engine, e, d, seen);
  let e = skipOuter(ctx, expr);
  while (ts.isAwaitExpression(e)) e = skipOuter(ctx, e.expression);
  if (ts.isCallExpression(e)) {
    const args = e.arguments.some((a) => outside(ts.isSpreadElement(a) ? a.expression : a));
    if (args) return true;
    const fn = calledFunction(ctx, e.expression);
    if (fn !== undefined) return depth < MAX_DEPTH && returnedExpressions(ctx, fn).some((r) => outside(r, depth + 1));
    const callee = skipOuter(ctx, e.expression);
    if (PURE_CALLS.test(callee.getText().replace(/\s+/g, ''))) return false;
    if (!(ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee))) return true; // a library's function
    const receiver = callee.expression;
    if (libraryObject(ctx, receiver)) return true; // `fs.readFileSync`, `os.cpus`
    if (checker !== undefined && isServiceType(ctx, checker.getTypeAtLocation(receiver))) return true; // asked of a service
    return outside(receiver);
  }
  if (ts.isNewExpression(e)) {
    // `new Promise((resolve) => readFile(…, (err, data) => resolve(data)))`: what the executor asks
    const executor = ts.isIdentifier(e.expression) && e.expression.text === 'Promise' ? e.arguments?.[0] : undefined;
    if (executor !== undefined && (ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)))
      return asksOutside(ctx, engine, executor.body, depth, seen);
    return (e.arguments ?? []).some((a) => outside(ts.isSpreadElement(a) ? a.expression : a));
  }
  if (ts.isIdentifier(e)) {
    // a function's own `const` is what it was set to, and what the function writes into it
    // (`const out = {}; for (…) out[k] = v`)
    const declaration = declarationOf(ctx, e);
    // an element of what a `for … of` walks (`for (const line of readFileSync(…).split('\n'))`)
    const loop = declaration?.parent.parent;
    if (loop !== undefined && ts.isForOfStatement(loop) && enclosingFunction(ctx, loop) !== undefined)
      return outside(loop.expression);
    const own = ownConstOf(ctx, e);
    return own !== undefined && (outside(own.initializer) || writtenInto(engine, own).some((w) => outside(w.value)));
  }
  if (ts.isObjectLiteralExpression(e))
    return e.properties.some((p) =>
      ts.isPropertyAssignment(p) ? outside(p.initializer) : ts.isSpreadAssignment(p) ? outside(p.expression) : false,
    );
  if (ts.isArrayLiteralExpression(e)) return e.elements.some((x) => outside(ts.isSpreadElement(x) ? x.expression : x));
  if (ts.isTemplateExpression(e)) return e.templateSpans.some((s) => outside(s.expression));
  if (ts.isBinaryExpression(e)) return outside(e.left) || outside(e.right);
  if (ts.isConditionalExpression(e)) return outside(e.whenTrue) || outside(e.whenFalse);
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return outside(e.expression);
  return false;
}

/** Whether any call in `body` (its callbacks included) is computed outside the code. */
function asksOutside(
  ctx: AnalysisContext,
  engine: Provenance,
  body: ts.Node,
  depth: number,
  seen: Set<ts.Node>,
): boolean {
  const { ts } = ctx;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && computedOutside(ctx, engine, node, depth + 1, seen)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** A library's module or global object (`fs`, `os`, `JSON`): declared outside the program. */
function libraryObject(ctx: AnalysisContext, receiver: ts.Expression): boolean {
  const { ts } = ctx;
  const e = skipOuter(ctx, receiver);
  if (!ts.isIdentifier(e)) return false;
  const declaration = declarationOf(ctx, e);
  return declaration?.getSourceFile().isDeclarationFile === true;
}
