import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { fileSyntax } from './file-syntax';
import { programMemo } from './program-memo';
import { valuesAssigned } from './read-class-members';
import { isServiceType } from './type-shape';
import { isRequest } from './provenance/per-call-sources';
import { enclosingFunction, valueSymbolAt, variableOf } from './provenance/resolve-function';

/** How many constructors a value is followed through (`new Sub(key)` → `super(key)` → the field). */
const MAX_HOPS = 5;

/**
 * A credential only authenticates when the process's configuration gives it; given by data (a
 * tenant's record, a parameter of a method that switches the account, a factory's argument), it
 * picks whose data comes back. `holder` is a field or a constructor's parameter holding a
 * credential (or what a client is built from), given data when some value it is given comes from
 * a function's parameter, in the class (`actAs(key) { this.apiKey = key }`) or at a `new` of the class or of a subclass
 * that keeps its constructor (`new TenantInvoiceClient(tenant.meterbillApiKey)`), a few
 * constructors up. The environment, a configuration service, a literal or a module's value
 * authenticate; a class made nowhere in the program is not judged here.
 *
 * @returns the expression that gives it data (`tenant.meterbillApiKey`), or undefined.
 */
export function credentialFromData(ctx: AnalysisContext, holder: ts.Node): ts.Expression | undefined {
  const { ts } = ctx;
  if (ts.isParameter(holder)) return parameterFromData(ctx, holder, 0);
  if (!ts.isPropertyDeclaration(holder) || !ts.isClassLike(holder.parent)) return undefined;
  const values = valuesAssigned(ctx, holder, [...holder.parent.members], true);
  for (const v of values) {
    const given = fromData(ctx, v, 0);
    if (given !== undefined) return given;
  }
  return undefined;
}

/**
 * A constructor's parameter that every construction of the program gives from the process's
 * configuration (and there is at least one): a class made nowhere in the program may be made per
 * tenant by code keyproof does not see.
 */
export function givenByConfiguration(ctx: AnalysisContext, parameter: ts.Node): boolean {
  const { ts } = ctx;
  return (
    ts.isParameter(parameter) &&
    ts.isConstructorDeclaration(parameter.parent) &&
    constructions(ctx, parameter.parent).length > 0 &&
    parameterFromData(ctx, parameter, 0) === undefined
  );
}

/** The data `value` is computed from (a parameter of a function), followed through constructors' `new` calls. */
function fromData(ctx: AnalysisContext, value: ts.Expression, hops: number): ts.Expression | undefined {
  const { ts } = ctx;
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined || ts.isFunctionLike(node)) return;
    if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
      const declaration = valueSymbolAt(ctx, node)?.valueDeclaration;
      if (declaration !== undefined && ts.isParameter(declaration)) {
        found = parameterFromData(ctx, declaration, hops) !== undefined ? value : undefined;
        if (found !== undefined) return;
      }
      // a local of a function, computed from what the function is given (`const session = req.session`)
      const local = declaration !== undefined ? variableOf(ctx, declaration) : undefined;
      if (local?.initializer !== undefined && enclosingFunction(ctx, local) !== undefined && hops < MAX_HOPS) {
        if (fromData(ctx, local.initializer, hops + 1) !== undefined) found = value;
        if (found !== undefined) return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(value);
  return found;
}

/**
 * What data a parameter is given. A constructor's, by some `new` (or `super`) of it; another
 * function's, by some call of it in the program, and by whoever calls it when the program does
 * not (a function's parameter is what its callers hand it). A parameter with a default is a seam
 * for tests (`env = process.env`): the default is what runs. A service handed in (`config:
 * ConfigService`) is asked for configuration, not data.
 */
function parameterFromData(
  ctx: AnalysisContext,
  parameter: ts.ParameterDeclaration,
  hops: number,
): ts.Expression | undefined {
  const { ts, checker } = ctx;
  const fn = parameter.parent;
  if (checker === undefined || hops >= MAX_HOPS) return undefined;
  // a service handed in is asked for configuration; the request being served (or a job) carries the caller's data
  if (
    ts.isIdentifier(parameter.name) &&
    isServiceType(ctx, checker.getTypeAtLocation(parameter)) &&
    !isRequest(ctx, parameter.name)
  )
    return undefined;
  const index = fn.parameters.indexOf(parameter);
  const calls = ts.isConstructorDeclaration(fn) ? constructions(ctx, fn) : callsOf(ctx, fn);
  if (!ts.isConstructorDeclaration(fn) && calls.length === 0)
    return parameter.initializer === undefined
      ? parameter.name.kind === ts.SyntaxKind.Identifier
        ? (parameter.name as ts.Identifier)
        : undefined
      : fromData(ctx, parameter.initializer, hops + 1);
  for (const call of calls) {
    const argument = call.arguments?.[index];
    const given =
      argument !== undefined
        ? fromData(ctx, argument, hops + 1)
        : parameter.initializer !== undefined
          ? fromData(ctx, parameter.initializer, hops + 1)
          : undefined;
    if (given !== undefined) return given;
  }
  return undefined;
}

/** The calls of the program that run `fn` (a function, a method). */
const callsOf = programMemo((ctx: AnalysisContext, fn: ts.SignatureDeclaration): ts.CallExpression[] => {
  const { ts, checker, program } = ctx;
  const out: ts.CallExpression[] = [];
  // called by its name, or the `const` it is held in; a callback handed to a library is called by no name of the program
  const holder = ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined;
  const named = fn.name !== undefined && ts.isIdentifier(fn.name) ? fn.name : holder;
  if (named === undefined) return out;
  const name = named.text;
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    for (const node of fileSyntax(ts, file).nodes) {
      if (!ts.isCallExpression(node)) continue;
      const callee = node.expression;
      const called = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : undefined;
      if (called !== name) continue;
      if (checker!.getResolvedSignature(node)?.declaration === fn) out.push(node);
    }
  }
  return out;
});

/** The `new` expressions and `super(…)` calls of the program that run a constructor. */
const constructions = programMemo(
  (ctx: AnalysisContext, ctor: ts.ConstructorDeclaration): (ts.NewExpression | ts.CallExpression)[] => {
    const { ts, checker, program } = ctx;
    const out: (ts.NewExpression | ts.CallExpression)[] = [];
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile) continue;
      const syntax = fileSyntax(ts, file);
      const calls = [
        ...syntax.news,
        ...syntax.nodes.filter(
          (n): n is ts.CallExpression => ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword,
        ),
      ];
      for (const call of calls) if (checker!.getResolvedSignature(call)?.declaration === ctor) out.push(call);
    }
    return out;
  },
);
