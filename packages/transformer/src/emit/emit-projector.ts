import type * as ts from 'typescript';
import type { PlanDescription, TypeScript } from '../types';
import { boundNames } from '../utils/bound-names';

/**
 * The projector: a plain `function` with the memoised function's own parameter list
 * (defaults and destructuring kept, types dropped) returning the key field values in plan
 * order, normalisers applied. A plain function, not an arrow: the runtime calls it with
 * `this` bound to the instance so that key class fields read as `this.x`.
 * Excluded parameters keep their place but lose their default (it is never evaluated).
 */
export function emitProjector(
  ts: TypeScript,
  factory: ts.NodeFactory,
  plan: PlanDescription,
  fn: ts.SignatureDeclaration,
): ts.FunctionExpression {
  const declared = fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
  const keyIndexes = new Set(plan.fields.map((f) => f.index));
  const parameters = declared.map((p, index) =>
    factory.createParameterDeclaration(
      undefined,
      p.dotDotDotToken,
      ts.isIdentifier(p.name) ? factory.createIdentifier(p.name.text) : p.name,
      undefined,
      undefined,
      keyIndexes.has(index) || !ts.isIdentifier(p.name) ? p.initializer : undefined,
    ),
  );
  const values = plan.fields.map((field): ts.Expression => {
    if (field.index === -2) return scopeValue(factory, field.name);
    if (field.index < 0)
      return factory.createPropertyAccessExpression(factory.createThis(), field.name.replace(/^this\./, ''));
    const param = declared[field.index]!;
    const value = ts.isIdentifier(param.name)
      ? factory.createIdentifier(param.name.text)
      : factory.createObjectLiteralExpression(
          boundNames(ts, param.name).map((n) => factory.createShorthandPropertyAssignment(n)),
        );
    const normalizer = field.normalize !== undefined ? normalizerOf(ts, param, field.normalize) : undefined;
    return normalizer !== undefined ? factory.createCallExpression(normalizer, undefined, [value]) : value;
  });
  return factory.createFunctionExpression(
    undefined,
    undefined,
    undefined,
    undefined,
    parameters,
    undefined,
    factory.createBlock([factory.createReturnStatement(factory.createArrayLiteralExpression(values))], false),
  );
}

/**
 * The normaliser the analyser planned for this parameter: the decorator argument whose text is
 * the plan's `normalize` (the analyser resolved which decorator is keyproof's `@cacheKey`; an
 * `@Inject(TOKEN)` beside it must never be mistaken for the normaliser).
 */
function normalizerOf(ts: TypeScript, param: ts.ParameterDeclaration, planned: string): ts.Expression | undefined {
  for (const decorator of ts.getDecorators(param) ?? []) {
    const expr = decorator.expression;
    if (!ts.isCallExpression(expr) || expr.arguments.length !== 1) continue;
    const first = expr.arguments[0]!;
    if (!ts.isStringLiteralLike(first) && first.getText().replace(/\s+/g, ' ') === planned) return first;
  }
  return undefined;
}

/** A value of the scope `memoize` is called in (`chainId`, `config.model`), read when the call is keyed. */
function scopeValue(factory: ts.NodeFactory, name: string): ts.Expression {
  const [root = name, ...path] = name.split('.');
  return path.reduce<ts.Expression>(
    (e, p) => factory.createPropertyAccessExpression(e, p),
    factory.createIdentifier(root),
  );
}
