import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { skipOuter } from './provenance/outer-expressions';
import { calledFunction, declarationOf, returnedExpressions } from './provenance/resolve-function';

export type FieldDeclaration = ts.PropertyDeclaration | ts.ParameterDeclaration;

/** The data fields and the callable members (methods, getters) of a class and its base classes. */
export interface ClassMembers {
  /** Fields by name (`model`, `#model`), the nearest declaration first: own class, then bases. */
  readonly fields: ReadonlyMap<string, FieldDeclaration>;
  /** Methods and getters with a body, by name: `this.helper()` and `this.value` are followed into them. */
  readonly callables: ReadonlyMap<string, ts.MethodDeclaration | ts.GetAccessorDeclaration>;
}

/**
 * Reads the members of `cls` and of every class it extends that the program declares, mixins
 * included: `extends WithAccount(StripeResource)` extends the class the function returns, which
 * extends what the function was given.
 */
export function readClassMembers(ctx: AnalysisContext, cls: ts.ClassLikeDeclaration | undefined): ClassMembers {
  const { ts } = ctx;
  const fields = new Map<string, FieldDeclaration>();
  const callables = new Map<string, ts.MethodDeclaration | ts.GetAccessorDeclaration>();
  const seen = new Set<ts.Node>();
  /** A mixin's parameters, bound to what its call passed (`Base` → `StripeResource`). */
  const given = new Map<ts.Node, ts.Expression>();
  for (
    let node: ts.ClassLikeDeclaration | undefined = cls;
    node !== undefined && !seen.has(node);
    node = baseClass(ctx, node, given)
  ) {
    seen.add(node);
    for (const member of node.members) {
      const name =
        member.name !== undefined &&
        (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name) || ts.isStringLiteral(member.name))
          ? member.name.text
          : undefined;
      if (ts.isPropertyDeclaration(member) && name !== undefined && !fields.has(name)) fields.set(name, member);
      if (
        (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) &&
        member.body !== undefined &&
        name !== undefined &&
        !callables.has(name)
      )
        callables.set(name, member);
      if (ts.isConstructorDeclaration(member)) {
        // parameter properties: `constructor(private readonly model: string)`
        for (const param of member.parameters) {
          if (
            ts.isParameterPropertyDeclaration(param, member) &&
            ts.isIdentifier(param.name) &&
            !fields.has(param.name.text)
          )
            fields.set(param.name.text, param);
        }
      }
    }
  }
  return { fields, callables };
}

function baseClass(
  ctx: AnalysisContext,
  cls: ts.ClassLikeDeclaration,
  given: Map<ts.Node, ts.Expression>,
): ts.ClassLikeDeclaration | undefined {
  const { ts } = ctx;
  const extendsClause = cls.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword);
  const type = extendsClause?.types[0];
  return type !== undefined ? classOf(ctx, type.expression, given, 0) : undefined;
}

/** The class of the program an `extends` expression is: a class's name, a mixin's parameter, or a mixin's call. */
function classOf(
  ctx: AnalysisContext,
  expression: ts.Expression,
  given: Map<ts.Node, ts.Expression>,
  depth: number,
): ts.ClassLikeDeclaration | undefined {
  const { ts, checker } = ctx;
  if (checker === undefined || depth > 4) return undefined;
  const e = skipOuter(ctx, expression);
  if (ts.isCallExpression(e)) {
    // `WithAccount(StripeResource)`: the class the mixin returns, its parameters bound to the arguments
    const fn = calledFunction(ctx, e.expression);
    if (fn === undefined) return undefined;
    fn.parameters.forEach((p, i) => {
      const arg = e.arguments[i];
      if (arg !== undefined) given.set(p, arg);
    });
    for (const returned of returnedExpressions(ctx, fn)) {
      const r = skipOuter(ctx, returned);
      if (ts.isClassExpression(r)) return r;
      if (ts.isIdentifier(r)) return classOf(ctx, r, given, depth + 1); // `class WithAccount extends Base {…}; return WithAccount`
    }
    return undefined;
  }
  const declaration = declarationOf(ctx, e);
  if (declaration === undefined) return undefined;
  // a mixin's parameter: what its call passed
  const bound = given.get(declaration);
  if (bound !== undefined) return classOf(ctx, bound, given, depth + 1);
  // `const Billing = WithAccount(Resource); class X extends Billing`
  if (ts.isVariableDeclaration(declaration))
    return declaration.initializer !== undefined && (declaration.parent.flags & ts.NodeFlags.Const) !== 0
      ? classOf(ctx, declaration.initializer, given, depth + 1)
      : undefined;
  return ts.isClassLike(declaration) && !declaration.getSourceFile().isDeclarationFile ? declaration : undefined;
}

/**
 * What `field` is given: its initializer and every `this.field = value` in `scopes` (the
 * constructor, or every member), functions nested in them included only when `nested`.
 */
export function valuesAssigned(
  ctx: AnalysisContext,
  field: ts.PropertyDeclaration,
  scopes: readonly ts.Node[],
  nested: boolean,
): ts.Expression[] {
  const { ts } = ctx;
  const name = field.name.getText();
  const values: ts.Expression[] = field.initializer !== undefined ? [field.initializer] : [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      node.left.name.getText() === name
    )
      values.push(node.right);
    if (nested || !ts.isFunctionLike(node) || scopes.includes(node)) ts.forEachChild(node, visit);
  };
  for (const scope of scopes) visit(scope);
  return values;
}
