import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { fileSyntax } from '../file-syntax';

/**
 * `node` as written, whitespace removed, with Node's process object and `os` module spelled
 * `process` and `os` however the file imported them: `argv[2]` after `import { argv } from
 * 'node:process'` is `process.argv[2]`, `proc.hrtime()` after `import proc from 'process'` is
 * `process.hrtime()`, `platform()` after `import { platform } from 'node:os'` is `os.platform()`.
 * The sources are recognised by this text, so an import names the same process as the global.
 */
export function builtinText(ctx: AnalysisContext, node: ts.Node): string {
  const text = node
    .getText()
    .replace(/\s+/g, '')
    .replace(/^(?:globalThis|global)\.(?=process\b)/, '');
  const names = fileSyntax(ctx.ts, node.getSourceFile()).builtinNames;
  if (names.size === 0) return text;
  const root = /^[A-Za-z_$][\w$]*/.exec(text)?.[0];
  const spelled = root === undefined ? undefined : names.get(root);
  return spelled === undefined ? text : spelled + text.slice(root!.length);
}

/**
 * The member of the process object `node` is (`env` for `process.env` or an imported `env`),
 * or undefined. A property name (`config.env`) is not one.
 */
export function processMember(ctx: AnalysisContext, node: ts.Node): string | undefined {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(node)) return isProcessObject(ctx, node.expression) ? node.name.text : undefined;
  if (!ts.isIdentifier(node)) return undefined;
  const parent = node.parent;
  if (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node)
  )
    return undefined;
  const spelled = fileSyntax(ts, node.getSourceFile()).builtinNames.get(node.text);
  return spelled?.startsWith('process.') ? spelled.slice('process.'.length) : undefined;
}

/**
 * The `process.env` expression the identifier `node` starts: `process.env` for the `process` of
 * `process.env.X` (or an imported process object's `proc.env`), the identifier itself for an
 * imported `env`; otherwise undefined.
 */
export function processEnvAt(ctx: AnalysisContext, node: ts.Identifier): ts.Expression | undefined {
  const { ts } = ctx;
  if (processMember(ctx, node) === 'env') return node;
  const parent = node.parent;
  return ts.isPropertyAccessExpression(parent) && parent.expression === node && processMember(ctx, parent) === 'env'
    ? parent
    : undefined;
}

/** Node's process object: `process`, `globalThis.process`, or the module imported under a name of the file's. */
function isProcessObject(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const { ts } = ctx;
  if (ts.isIdentifier(expr))
    return expr.text === 'process' || fileSyntax(ts, expr.getSourceFile()).builtinNames.get(expr.text) === 'process';
  return (
    ts.isPropertyAccessExpression(expr) &&
    expr.name.text === 'process' &&
    ts.isIdentifier(expr.expression) &&
    (expr.expression.text === 'globalThis' || expr.expression.text === 'global')
  );
}
