import type * as ts from 'typescript';
import type { TypeScript } from '@keyproof/transformer';
import type { TextEdit } from './doc-edit';
import type { PlanOwner } from './plan-owner';

/** What a method without `version` is stored under (the runtime's default). */
const DEFAULT_VERSION = '0';

/**
 * The edit that bumps a memoised method's `version` (what 91071 asks for when a body changed
 * under the same version): `'v1'` → `'v2'`, `'gen-v4'` → `'gen-v5'`, `'stable'` →
 * `'stable-2'`, and `version: '1'` written in when there was none (`@memoize` → `@memoize({
 * version: '1' })`). Undefined when the version is not a literal (a constant, an expression):
 * that is the user's to change.
 */
export function bumpVersion(
  ts: TypeScript,
  sourceFile: ts.SourceFile,
  owner: PlanOwner,
): { readonly edit: TextEdit; readonly to: string } | undefined {
  const anchor = anchorAt(ts, sourceFile, owner.plan.site.start);
  if (anchor === undefined) return undefined;
  const method = owner.plan.site.kind === 'method';
  const call = ts.isCallExpression(anchor) ? anchor : undefined;
  const options = call?.arguments[method ? 0 : 1];
  const to = next(DEFAULT_VERSION);
  if (options === undefined) {
    const literal = `{ version: '${to}' }`;
    if (call === undefined) return { edit: { start: anchor.end, end: anchor.end, newText: `(${literal})` }, to };
    const last = call.arguments[call.arguments.length - 1];
    if (last === undefined) {
      const open = sourceFile.text.indexOf('(', call.expression.end);
      return { edit: { start: open + 1, end: open + 1, newText: literal }, to };
    }
    return { edit: { start: last.end, end: last.end, newText: `, ${literal}` }, to };
  }
  if (!ts.isObjectLiteralExpression(options)) return undefined;
  const property = options.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === 'version',
  );
  if (property === undefined) {
    const open = options.getStart(sourceFile) + 1;
    const text = options.properties.length === 0 ? ` version: '${to}' ` : ` version: '${to}',`;
    return { edit: { start: open, end: open, newText: text }, to };
  }
  const value = property.initializer;
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
    const bumped = next(value.text);
    const quote = sourceFile.text[value.getStart(sourceFile)];
    return {
      edit: { start: value.getStart(sourceFile), end: value.end, newText: `${quote}${bumped}${quote}` },
      to: bumped,
    };
  }
  if (ts.isNumericLiteral(value)) {
    const bumped = String(Number(value.text) + 1);
    return { edit: { start: value.getStart(sourceFile), end: value.end, newText: bumped }, to: bumped };
  }
  return undefined;
}

/** The next version: the trailing number plus one, or `-2` appended. */
function next(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  if (match === null) return `${version}-2`;
  const n = String(Number(match[2]) + 1).padStart(match[2]!.length, '0');
  return `${match[1]}${n}`;
}

/** The `memoize` expression a plan starts at: `memoize`, `memoize({…})` or `memoize(fn, {…})`. */
function anchorAt(ts: TypeScript, sourceFile: ts.SourceFile, start: number): ts.Expression | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(sourceFile) <= start && start < node.end) {
      if (node.getStart(sourceFile) === start && ts.isExpression(node) && found === undefined) found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(sourceFile, visit);
  return found as ts.Expression | undefined;
}
