import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { fileSyntax } from './file-syntax';
import { programMemo } from './program-memo';
import { valuesAssigned } from './read-class-members';
import { enclosingFunction, valueSymbolAt, variableOf } from './provenance/resolve-function';

/** How many constructors a value is followed through (`new Sub(key)` → `super(key)` → the field). */
const MAX_HOPS = 3;

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
        // a parameter with a default is a seam for tests: what the default gives is what runs (`env = process.env`)
        found = ts.isConstructorDeclaration(declaration.parent)
          ? parameterFromData(ctx, declaration, hops)
          : declaration.initializer === undefined || fromData(ctx, declaration.initializer, hops + 1) !== undefined
            ? value
            : undefined;
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

/** What data a constructor's parameter is given by some `new` (or `super`) of it. */
function parameterFromData(
  ctx: AnalysisContext,
  parameter: ts.ParameterDeclaration,
  hops: number,
): ts.Expression | undefined {
  const { ts, checker } = ctx;
  const ctor = parameter.parent;
  if (!ts.isConstructorDeclaration(ctor) || checker === undefined || hops >= MAX_HOPS) return undefined;
  const index = ctor.parameters.indexOf(parameter);
  for (const call of constructions(ctx, ctor)) {
    const argument = call.arguments?.[index];
    const given = argument !== undefined ? fromData(ctx, argument, hops + 1) : undefined;
    if (given !== undefined) return given;
  }
  return undefined;
}

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
