import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { finding, type Finding } from './finding';
import { readTagCall, type TagCall } from './read-tags';
import { keyproofExportOf } from './resolve-keyproof';
import { closestName } from '../utils/closest-name';
import { skipOuter } from './provenance/outer-expressions';

/** What the program's memoised methods declare: their ids, and the tags each declares. */
export interface DeclaredContract {
  readonly id: string;
  readonly tags: readonly TagCall[];
}

/**
 * `invalidateTag(tag('name', ...))` and `invalidateMethod('id')` anywhere in the program must
 * name what some memoised method of the program declares: a tag name (with as many parts as it
 * is declared with) or a method id. Otherwise the call is a silent no-op at run time (a typo'd
 * string tag is the most reported bug of tag invalidation), so it is a build error naming the
 * closest declared name.
 *
 * Only what the build can read is checked: a literal name (or an expression of a string literal
 * type, or a union of them: each member), a literal part count. A name computed at run time is
 * not reported (nothing to check it against). A program with no memoised method is not checked
 * at all: its invalidations name methods built elsewhere (a worker invalidating a library's
 * tags). A declared tag that nothing in the program invalidates is not reported either: a tag is
 * an offer to invalidators, which may live in another program or in `keyproof clear --tag`.
 */
export function checkTagInvalidations(
  ctx: AnalysisContext,
  files: readonly ts.SourceFile[],
  declared: readonly DeclaredContract[],
): Finding[] {
  if (declared.length === 0) return [];
  const { ts } = ctx;
  const byName = new Map<string, { id: string; tag: TagCall }[]>();
  for (const method of declared) {
    for (const t of method.tags)
      if (t.name !== undefined) byName.set(t.name, [...(byName.get(t.name) ?? []), { id: method.id, tag: t }]);
  }
  const ids = new Set(declared.map((d) => d.id));
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const which = keyproofExportOf(ctx, node.expression);
      if (which === 'invalidateTag') findings.push(...checkTagCall(ctx, node, byName));
      else if (which === 'invalidateMethod') findings.push(...checkMethodCall(ctx, node, ids));
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  return findings;
}

function checkTagCall(
  ctx: AnalysisContext,
  call: ts.CallExpression,
  byName: ReadonlyMap<string, readonly { id: string; tag: TagCall }[]>,
): Finding[] {
  const t = invalidatedTag(ctx, call.arguments[0]);
  if (t === undefined) return [];
  const names = t.name !== undefined ? [t.name] : literalUnion(ctx, t.nameNode);
  const findings: Finding[] = [];
  for (const name of names) {
    const declarations = byName.get(name);
    if (declarations === undefined) {
      const closest = closestName(name, byName.keys());
      const declaredNames = [...byName.keys()].sort();
      findings.push(
        finding(
          'UnknownTag',
          t.nameNode ?? call,
          `invalidateTag names the tag '${name}', which no memoised method of the program declares${closest !== undefined ? ` (did you mean '${closest}', declared by ${methodsOf(byName.get(closest)!)}?)` : ''}: ` +
            `the call would drop nothing, silently. Declared tags: ${declaredNames.length > 0 ? declaredNames.map((n) => `'${n}'`).join(', ') : 'none'}. ` +
            `Fix: ${closest !== undefined ? `write tag('${closest}', ...)` : "name a declared tag, or declare it on the method whose entries it should drop: tags: ({ userId }) => [tag('user', userId)]"}.`,
        ),
      );
      continue;
    }
    if (!t.countKnown) continue;
    const counts = new Set(declarations.filter((d) => d.tag.countKnown).map((d) => d.tag.parts.length));
    if (counts.size === 0 || counts.has(t.parts.length)) continue;
    const declaredAs = declarations.filter((d) => d.tag.countKnown).map((d) => `${d.tag.call.getText()} in ${d.id}`);
    findings.push(
      finding(
        'TagPartsMismatch',
        call.arguments[0] ?? call,
        `invalidateTag(${call.arguments[0]?.getText() ?? ''}) gives the tag '${name}' ${plural(t.parts.length, 'part')}, but it is declared with ${[
          ...counts,
        ]
          .sort()
          .map((n) => plural(n, 'part'))
          .join(' or ')} ` +
          `(${declaredAs.join('; ')}): a tag matches only with the same parts, so the call would drop nothing. Fix: pass the same parts, in the declared order.`,
      ),
    );
  }
  return findings;
}

function checkMethodCall(ctx: AnalysisContext, call: ts.CallExpression, ids: ReadonlySet<string>): Finding[] {
  const { ts } = ctx;
  const arg = call.arguments[0];
  if (arg === undefined) return [];
  const written = ts.isStringLiteralLike(arg) ? [arg.text] : literalUnion(ctx, arg);
  return written
    .filter((id) => !ids.has(id))
    .map((id) => {
      const closest = closestName(id, ids);
      return finding(
        'UnknownMethodId',
        arg,
        `invalidateMethod names the id '${id}', which no memoised method of the program has${closest !== undefined ? ` (did you mean '${closest}'?)` : ''}: the call would drop nothing, silently. ` +
          `Fix: ${
            closest !== undefined
              ? `write '${closest}'`
              : `name one of: ${[...ids]
                  .sort()
                  .map((i) => `'${i}'`)
                  .join(', ')}`
          }.`,
      );
    });
}

/** The `tag(...)` an invalidation passes: written in place, or a `const` initialised with one. */
function invalidatedTag(ctx: AnalysisContext, arg: ts.Expression | undefined): TagCall | undefined {
  const { ts, checker } = ctx;
  if (arg === undefined) return undefined;
  let node = skipOuter(ctx, arg);
  if (ts.isIdentifier(node) && checker !== undefined) {
    const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
    const constant =
      declaration !== undefined &&
      ts.isVariableDeclaration(declaration) &&
      (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
    if (constant && declaration.initializer !== undefined) node = declaration.initializer;
  }
  return ts.isCallExpression(node) && keyproofExportOf(ctx, node.expression) === 'tag'
    ? readTagCall(ctx, node)
    : undefined;
}

/** The string literals an expression's type is a union of (`kind: 'user' | 'team'`); empty for `string`. */
function literalUnion(ctx: AnalysisContext, node: ts.Expression | undefined): string[] {
  const { checker } = ctx;
  if (node === undefined || checker === undefined) return [];
  const type = checker.getTypeAtLocation(node);
  const members = type.isUnion() ? type.types : [type];
  return members.every((m) => m.isStringLiteral()) ? members.map((m) => (m as ts.StringLiteralType).value) : [];
}

function methodsOf(declarations: readonly { id: string }[]): string {
  return [...new Set(declarations.map((d) => d.id))].join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
