import type * as ts from 'typescript';

export type LiteralValue =
  | string
  | number
  | boolean
  | null
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue | undefined };

/** A JSON-like value as an expression. Properties whose value is undefined are left out. */
export function toLiteral(factory: ts.NodeFactory, value: LiteralValue): ts.Expression {
  if (value === null) return factory.createNull();
  if (typeof value === 'string') return factory.createStringLiteral(value);
  if (typeof value === 'number')
    return value < 0
      ? factory.createPrefixMinus(factory.createNumericLiteral(-value))
      : factory.createNumericLiteral(value);
  if (typeof value === 'boolean') return value ? factory.createTrue() : factory.createFalse();
  if (Array.isArray(value))
    return factory.createArrayLiteralExpression((value as readonly LiteralValue[]).map((v) => toLiteral(factory, v)));
  const object = value as { readonly [key: string]: LiteralValue | undefined };
  return factory.createObjectLiteralExpression(
    Object.entries(object)
      .filter((entry): entry is [string, LiteralValue] => entry[1] !== undefined)
      .map(([k, v]) =>
        factory.createPropertyAssignment(
          /^[A-Za-z_$][\w$]*$/.test(k) ? factory.createIdentifier(k) : factory.createStringLiteral(k),
          toLiteral(factory, v),
        ),
      ),
  );
}
