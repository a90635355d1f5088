import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { DeclaredTag, TagPartSource } from '../types';
import type { TagsOption } from './read-tags';
import { skipOuter } from './provenance/outer-expressions';

/** The tags of a `tags` option with a literal name, each part named by the key field (or constant) it comes from. */
export function describeTags(ctx: AnalysisContext, option: TagsOption | undefined): DeclaredTag[] {
  if (option === undefined) return [];
  return option.tags.flatMap((t) =>
    t.name === undefined ? [] : [{ name: t.name, parts: t.parts.map((p) => partSource(ctx, option, p)) }],
  );
}

function partSource(ctx: AnalysisContext, option: TagsOption, part: ts.Expression): TagPartSource {
  const { ts, checker } = ctx;
  const node = skipOuter(ctx, part);
  if (ts.isIdentifier(node)) {
    const bound = option.bound.get(node.text);
    if (bound !== undefined) return { field: [bound.field, ...bound.path].join('.') };
  }
  if (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === option.fieldsName
  )
    return { field: node.name.text };
  if (
    ts.isElementAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === option.fieldsName &&
    ts.isStringLiteralLike(node.argumentExpression)
  ) {
    return { field: node.argumentExpression.text };
  }
  if (ts.isStringLiteralLike(node)) return { constant: node.text };
  if (ts.isNumericLiteral(node)) return { constant: Number(node.text) };
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword)
    return { constant: node.kind === ts.SyntaxKind.TrueKeyword };
  const type = checker?.getTypeAtLocation(node);
  if (type?.isStringLiteral()) return { constant: type.value };
  if (type?.isNumberLiteral()) return { constant: type.value };
  return { expression: node.getText().replace(/\s+/g, ' ') };
}
