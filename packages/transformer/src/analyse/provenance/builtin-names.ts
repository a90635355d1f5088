import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { fileSyntax } from '../file-syntax';
import { variableOf } from './resolve-function';
import { accessRoot } from './outer-expressions';

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
    .replace(/^(?:globalThis|global)\.(?=process\b)/, '')
    .replace(/^process\[(['"`])(\w+)\1\]/, 'process.$2'); // `process['env']` is `process.env`
  const root = rootIdentifier(ctx, node);
  const spelled = root === undefined ? undefined : builtinName(ctx, root);
  return spelled === undefined || !text.startsWith(root!.text) ? text : spelled + text.slice(root!.text.length);
}

/**
 * What the identifier names of the `process` and `os` modules (`process.env`, `os`), when the
 * file gave it that name: by an import, or by a module `const` of the process. A parameter or a
 * local of the same name (`env: 'staging' | 'production'`) is not it.
 */
function builtinName(ctx: AnalysisContext, id: ts.Identifier): string | undefined {
  const { ts } = ctx;
  const spelled = fileSyntax(ts, id.getSourceFile()).builtinNames.get(id.text);
  if (spelled === undefined || ctx.checker === undefined) return spelled;
  const declaration: ts.Node | undefined = ctx.checker.getSymbolAtLocation(id)?.declarations?.[0];
  if (
    declaration === undefined ||
    ts.isImportSpecifier(declaration) ||
    ts.isImportClause(declaration) ||
    ts.isNamespaceImport(declaration)
  )
    return declaration === undefined ? undefined : spelled;
  const variable = variableOf(ctx, declaration);
  return variable !== undefined && ts.isSourceFile(variable.parent.parent.parent) ? spelled : undefined;
}

/** The identifier an access or call chain starts from (`argv` of `argv[2]`, `proc` of `proc.env.X`). */
function rootIdentifier(ctx: AnalysisContext, node: ts.Node): ts.Identifier | undefined {
  const root = accessRoot(ctx, node, true);
  return ctx.ts.isIdentifier(root) ? root : undefined;
}

/**
 * The member of the process object `node` is (`env` for `process.env` or an imported `env`),
 * or undefined. A property name (`config.env`) is not one.
 */
export function processMember(ctx: AnalysisContext, node: ts.Node): string | undefined {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(node)) return isProcessObject(ctx, node.expression) ? node.name.text : undefined;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
    return isProcessObject(ctx, node.expression) ? node.argumentExpression.text : undefined;
  if (!ts.isIdentifier(node)) return undefined;
  const parent = node.parent;
  if (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node)
  )
    return undefined;
  const spelled = builtinName(ctx, node);
  return spelled?.startsWith('process.') ? spelled.slice('process.'.length) : undefined;
}

/** What the process was configured with when it started: its environment and its command line. */
export const PROCESS_CONFIGURATION: ReadonlySet<string> = new Set(['env', 'argv', 'execArgv']);

/**
 * The expression the identifier `node` starts that is one of `members` of the process object:
 * `process.env` for the `process` of `process.env.X` (or an imported process object's
 * `proc.env`), the identifier itself for an imported `env` or `argv`; otherwise undefined.
 */
export function processMemberAt(
  ctx: AnalysisContext,
  node: ts.Identifier,
  members: ReadonlySet<string>,
): ts.Expression | undefined {
  const { ts } = ctx;
  const own = processMember(ctx, node);
  if (own !== undefined && members.has(own)) return node;
  const parent = node.parent;
  if (!ts.isPropertyAccessExpression(parent) || parent.expression !== node) return undefined;
  const member = processMember(ctx, parent);
  return member !== undefined && members.has(member) ? parent : undefined;
}

/** Node's process object: `process`, `globalThis.process`, or the module imported under a name of the file's. */
function isProcessObject(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const { ts } = ctx;
  if (ts.isIdentifier(expr)) return expr.text === 'process' || builtinName(ctx, expr) === 'process';
  return (
    ts.isPropertyAccessExpression(expr) &&
    expr.name.text === 'process' &&
    ts.isIdentifier(expr.expression) &&
    (expr.expression.text === 'globalThis' || expr.expression.text === 'global')
  );
}

/**
 * The name a read of the process's configuration (`env`: `process.env`, an imported `env`) decides
 * by: `process.env.OPENAI_MODEL`, `process.env.X` for `['X']`, `process.env` read whole, `process.argv`.
 */
export function processReadName(ctx: AnalysisContext, env: ts.Expression): string {
  const { ts } = ctx;
  const base = `process.${processMember(ctx, env) ?? 'env'}`;
  if (base !== 'process.env') return base; // the command line is read whole (`process.argv.find(…)`)
  const parent = env.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === env) return `process.env.${parent.name.text}`;
  if (
    ts.isElementAccessExpression(parent) &&
    parent.expression === env &&
    ts.isStringLiteralLike(parent.argumentExpression)
  )
    return `process.env.${parent.argumentExpression.text}`;
  return 'process.env';
}

/**
 * The environment variable a binding was read from (`envConstantRead`'s `read`): `process.env.X`
 * for `process.env.X` (or `['X']`), and for `const { X } = process.env` the binding's own key.
 */
export function envReadNameOf(ctx: AnalysisContext, read: ts.Node, binding: ts.Node): string | undefined {
  const { ts } = ctx;
  if (
    (ts.isPropertyAccessExpression(read) || ts.isElementAccessExpression(read)) &&
    processMember(ctx, read.expression) === 'env'
  )
    return processReadName(ctx, read.expression);
  if (ts.isBindingElement(binding)) {
    const key = binding.propertyName ?? binding.name;
    return ts.isIdentifier(key) ? `process.env.${key.text}` : undefined;
  }
  return undefined;
}
