import type * as ts from 'typescript';
import type { ClassRef, TypeScript } from '../types';

/**
 * The plan's `classes` getter, `() => [UserDto, AddressDto]`, and the imports that keep its
 * names alive at run time. A type-only import (or one TypeScript elides because the file uses
 * the class only as a type) would leave the name undefined, so every imported class is named
 * through an import of its own that the compiler keeps:
 *
 * - `import`: ES module output and source hosts. A synthesised `import { UserDto as
 *   __keyproof_class_0 } from './user.dto'` (synthesised imports are never elided);
 * - `require`: CommonJS output of a program transformer (tspc, nest build). TypeScript does not
 *   rewrite references to imports it did not see in the source, so the getter requires the
 *   module itself, lazily: `() => [require('./user.dto').UserDto]`.
 *
 * A class declared at the top of the file is named as it is.
 */
export class ClassNaming {
  private readonly imports: { readonly alias: string; readonly module: string; readonly export: string }[] = [];

  constructor(
    private readonly ts: TypeScript,
    private readonly factory: ts.NodeFactory,
    private readonly style: 'import' | 'require',
  ) {}

  /** `() => [A, B]` for the refs of one plan. */
  getter(refs: readonly ClassRef[]): ts.ArrowFunction {
    const { factory } = this;
    const names = refs.map((ref): ts.Expression => {
      if ('local' in ref) return factory.createIdentifier(ref.name);
      if (this.style === 'require') {
        const required = factory.createCallExpression(factory.createIdentifier('require'), undefined, [
          factory.createStringLiteral(ref.module),
        ]);
        return factory.createPropertyAccessExpression(required, ref.export);
      }
      let entry = this.imports.find((i) => i.module === ref.module && i.export === ref.export);
      if (entry === undefined) {
        entry = { alias: `__keyproof_class_${this.imports.length}`, module: ref.module, export: ref.export };
        this.imports.push(entry);
      }
      return factory.createIdentifier(entry.alias);
    });
    return factory.createArrowFunction(
      undefined,
      undefined,
      [],
      undefined,
      factory.createToken(this.ts.SyntaxKind.EqualsGreaterThanToken),
      factory.createArrayLiteralExpression(names),
    );
  }

  /** The import declarations the getters so far need (style `import`). */
  statements(): ts.ImportDeclaration[] {
    const { factory } = this;
    return this.imports.map((i) => {
      const clause =
        i.export === 'default'
          ? factory.createImportClause(false, factory.createIdentifier(i.alias), undefined)
          : factory.createImportClause(
              false,
              undefined,
              factory.createNamedImports([
                factory.createImportSpecifier(
                  false,
                  factory.createIdentifier(i.export),
                  factory.createIdentifier(i.alias),
                ),
              ]),
            );
      return factory.createImportDeclaration(undefined, clause, factory.createStringLiteral(i.module), undefined);
    });
  }

  /** The same imports as one line of source text (the source hosts prepend it: line numbers do not move). */
  text(sourceFile: ts.SourceFile): string {
    const printer = this.ts.createPrinter({ removeComments: true, newLine: this.ts.NewLineKind.LineFeed });
    return this.statements()
      .map((s) => printer.printNode(this.ts.EmitHint.Unspecified, s, sourceFile))
      .join(' ');
  }
}

/** True when the compiler emits `sourceFile` as CommonJS (its imports become `require` calls). */
export function emitsCommonJs(ts: TypeScript, options: ts.CompilerOptions, sourceFile: ts.SourceFile): boolean {
  const target = options.target ?? ts.ScriptTarget.ES5;
  const module = options.module ?? (target >= ts.ScriptTarget.ES2015 ? ts.ModuleKind.ES2015 : ts.ModuleKind.CommonJS);
  if (module >= ts.ModuleKind.Node16 && module <= ts.ModuleKind.NodeNext) {
    return (sourceFile as { impliedNodeFormat?: ts.ModuleKind }).impliedNodeFormat !== ts.ModuleKind.ESNext;
  }
  return module === ts.ModuleKind.CommonJS || module === ts.ModuleKind.AMD || module === ts.ModuleKind.UMD;
}
