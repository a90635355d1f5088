import type * as ts from 'typescript';
import type { AnalysisContext } from './context';

export type FieldDeclaration = ts.PropertyDeclaration | ts.ParameterDeclaration;

/** The data fields and the callable members (methods, getters) of a class and its base classes. */
export interface ClassMembers {
  /** Fields by name (`model`, `#model`), the nearest declaration first: own class, then bases. */
  readonly fields: ReadonlyMap<string, FieldDeclaration>;
  /** Methods and getters with a body, by name: `this.helper()` and `this.value` are followed into them. */
  readonly callables: ReadonlyMap<string, ts.MethodDeclaration | ts.GetAccessorDeclaration>;
}

/** Reads the members of `cls` and of every class it extends that the program declares. */
export function readClassMembers(ctx: AnalysisContext, cls: ts.ClassLikeDeclaration | undefined): ClassMembers {
  const { ts, checker } = ctx;
  const fields = new Map<string, FieldDeclaration>();
  const callables = new Map<string, ts.MethodDeclaration | ts.GetAccessorDeclaration>();
  const seen = new Set<ts.Node>();
  for (
    let node: ts.ClassLikeDeclaration | undefined = cls;
    node !== undefined && !seen.has(node);
    node = baseClass(ctx, node, checker)
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
  checker: ts.TypeChecker | undefined,
): ts.ClassLikeDeclaration | undefined {
  const { ts } = ctx;
  if (checker === undefined) return undefined;
  const extendsClause = cls.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword);
  const type = extendsClause?.types[0];
  if (type === undefined) return undefined;
  let symbol = checker.getSymbolAtLocation(type.expression);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.find((d) => ts.isClassLike(d));
  return declaration !== undefined && ts.isClassLike(declaration) && !declaration.getSourceFile().isDeclarationFile
    ? declaration
    : undefined;
}
