import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { declarationOf } from './resolve-function';

/**
 * Every call of the program, by the declaration its callee resolves to (a function, a method,
 * an interface method, the variable or class property a function is stored in). Built once,
 * in one pass over the program's files, and shared by the call-site checks and by the engine's
 * walk up to callers.
 */
export class CallIndex {
  private readonly byDeclaration = new Map<ts.Node, ts.CallExpression[]>();

  constructor(ctx: AnalysisContext, files: readonly ts.SourceFile[]) {
    const { ts } = ctx;
    if (ctx.checker === undefined) return;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = skipOuter(ctx, node.expression);
        const name = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
        const declaration = name !== undefined ? declarationOf(ctx, name) : undefined;
        if (declaration !== undefined) this.add(declaration, node);
        // a function passed around as a value (`search: ReturnType<typeof makeSearch>`): the signature's declaration
        if (declaration === undefined || isValueHolder(ctx, declaration)) {
          const signature = ctx.checker!.getResolvedSignature(node)?.declaration;
          if (signature !== undefined && (ts.isFunctionExpression(signature) || ts.isArrowFunction(signature)))
            this.add(signature, node);
        }
      }
      ts.forEachChild(node, visit);
    };
    for (const file of files) visit(file);
  }

  private add(declaration: ts.Node, call: ts.CallExpression): void {
    const calls = this.byDeclaration.get(declaration) ?? [];
    calls.push(call);
    this.byDeclaration.set(declaration, calls);
  }

  /** Calls whose callee resolves to `declaration`. */
  callsOf(declaration: ts.Node): readonly ts.CallExpression[] {
    return this.byDeclaration.get(declaration) ?? [];
  }

  /** Calls of a function node, however it is declared (`function f`, a method, `const f = () => …`). */
  callsOfFunction(ctx: AnalysisContext, fn: ts.Node): readonly ts.CallExpression[] {
    const { ts } = ctx;
    const holder = ts.isVariableDeclaration(fn.parent) || ts.isPropertyDeclaration(fn.parent) ? fn.parent : undefined;
    return holder !== undefined ? [...this.callsOf(fn), ...this.callsOf(holder)] : this.callsOf(fn);
  }

  /** Every declaration that is called somewhere. */
  declarations(): IterableIterator<ts.Node> {
    return this.byDeclaration.keys();
  }
}

/**
 * A parameter or property that holds a function value without declaring which: also a property
 * of an object literal filled by a call (`{ suggest: makeSuggest(backend) }`).
 */
function isValueHolder(ctx: AnalysisContext, declaration: ts.Node): boolean {
  const { ts } = ctx;
  if (
    ts.isParameter(declaration) ||
    ts.isPropertySignature(declaration) ||
    ts.isShorthandPropertyAssignment(declaration)
  )
    return true;
  if (
    ts.isVariableDeclaration(declaration) ||
    ts.isPropertyDeclaration(declaration) ||
    ts.isPropertyAssignment(declaration)
  ) {
    const init = declaration.initializer;
    return init === undefined || !(ts.isFunctionExpression(init) || ts.isArrowFunction(init));
  }
  return false;
}

function skipOuter(ctx: AnalysisContext, node: ts.Expression): ts.Expression {
  const { ts } = ctx;
  let n = node;
  while (ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || ts.isAsExpression(n)) n = n.expression;
  return n;
}
