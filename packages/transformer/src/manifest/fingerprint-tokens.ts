import { createHash } from 'node:crypto';
import type * as ts from 'typescript';
import type { TypeScript } from '../types';
import type { PartFingerprint } from './manifest-types';

/**
 * Fingerprint of a piece of source that ignores how it is written: comments, white space,
 * line endings, quote style, semicolons, trailing commas, type annotations and parentheses that
 * group nothing do not count; every other token does. Literal values (the prompt text, a model name, a temperature) are hashed apart from
 * the code around them, so a review can tell "the text changed" from "the code changed".
 */
export function fingerprintNodes(ts: TypeScript, nodes: readonly ts.Node[]): PartFingerprint {
  const code: string[] = [];
  const text: string[] = [];
  for (const node of nodes)
    forEachToken(ts, node, (token) => {
      const literal = literalValue(ts, token);
      if (literal === undefined) {
        code.push(tokenText(ts, token));
      } else {
        code.push(literal.mask);
        text.push(literal.value);
      }
    });
  code.push(`#${nodes.length}`);
  return { code: digest(code), text: digest(text) };
}

/** 16 hex of SHA-256 over strings kept apart (no two different lists hash the same input). */
export function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex').slice(0, 16);
}

function forEachToken(ts: TypeScript, root: ts.Node, visit: (token: ts.Node) => void): void {
  const sourceFile = root.getSourceFile();
  const walk = (node: ts.Node): void => {
    const children = node.getChildren(sourceFile);
    if (children.length === 0) {
      if (node.kind !== ts.SyntaxKind.SyntaxList) visit(node);
      return;
    }
    const types = typeChildren(ts, node, children);
    children.forEach((child, i) => {
      if (types.has(i)) return;
      if (child.kind >= ts.SyntaxKind.FirstJSDocNode && child.kind <= ts.SyntaxKind.LastJSDocNode) return;
      if (child.kind === ts.SyntaxKind.SemicolonToken) return;
      // a trailing comma in a list (`f(a, b,)`, `[1, 2,]`) is formatting
      if (
        child.kind === ts.SyntaxKind.CommaToken &&
        node.kind === ts.SyntaxKind.SyntaxList &&
        i === children.length - 1
      )
        return;
      walk(child);
    });
  };
  walk(root);
}

/**
 * Indexes of the children that only exist for the type checker: annotations (`: Foo` and the
 * colon), `as Foo` / `satisfies Foo`, type arguments and parameters with their brackets, local
 * type declarations. Adding a type annotation does not change an answer.
 */
function typeChildren(ts: TypeScript, node: ts.Node, children: readonly ts.Node[]): Set<number> {
  const skip = new Set<number>();
  const typed = node as ts.Node & {
    type?: ts.Node;
    typeArguments?: ts.NodeArray<ts.Node>;
    typeParameters?: ts.NodeArray<ts.Node>;
  };
  const ranges = [typed.type, typed.typeArguments, typed.typeParameters].filter(
    (r): r is ts.Node | ts.NodeArray<ts.Node> => r !== undefined,
  );
  const k = ts.SyntaxKind;
  if (ts.isParenthesizedExpression(node) && isPrimary(ts, node.expression)) {
    // `(answer as string).trim()` once the type is gone: parentheses that group nothing
    children.forEach((child, i) => {
      if (child.kind === k.OpenParenToken || child.kind === k.CloseParenToken) skip.add(i);
    });
  }
  children.forEach((child, i) => {
    if (ts.isTypeAliasDeclaration(child) || ts.isInterfaceDeclaration(child)) skip.add(i);
    if (!ranges.some((r) => r.pos === child.pos && r.end === child.end && child.kind !== k.Block)) return;
    skip.add(i);
    const before = children[i - 1]?.kind;
    if (before === k.ColonToken || before === k.AsKeyword || before === k.SatisfiesKeyword) skip.add(i - 1);
    if (before === k.LessThanToken && children[i + 1]?.kind === k.GreaterThanToken) {
      skip.add(i - 1);
      skip.add(i + 1);
    }
  });
  return skip;
}

/** An expression that needs no parentheses around it, once type-only syntax is dropped. */
function isPrimary(ts: TypeScript, expr: ts.Expression): boolean {
  let e = expr;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isOptionalChain(e)) return false; // `(a?.b).c` throws where `a?.b.c` does not
  return (
    ts.isIdentifier(e) ||
    ts.isPropertyAccessExpression(e) ||
    ts.isElementAccessExpression(e) ||
    ts.isCallExpression(e) ||
    ts.isLiteralExpression(e) ||
    e.kind === ts.SyntaxKind.ThisKeyword
  );
}

function literalValue(ts: TypeScript, token: ts.Node): { mask: string; value: string } | undefined {
  const k = ts.SyntaxKind;
  switch (token.kind) {
    case k.StringLiteral:
    case k.NoSubstitutionTemplateLiteral:
      return { mask: '"…"', value: (token as ts.LiteralLikeNode).text };
    case k.TemplateHead:
      return { mask: '`…${', value: (token as ts.LiteralLikeNode).text };
    case k.TemplateMiddle:
      return { mask: '}…${', value: (token as ts.LiteralLikeNode).text };
    case k.TemplateTail:
      return { mask: '}…`', value: (token as ts.LiteralLikeNode).text };
    case k.NumericLiteral:
    case k.BigIntLiteral:
      return { mask: '0', value: (token as ts.LiteralLikeNode).text };
    case k.RegularExpressionLiteral:
      return { mask: '/…/', value: (token as ts.LiteralLikeNode).text };
    default:
      return undefined;
  }
}

function tokenText(ts: TypeScript, token: ts.Node): string {
  if (ts.isIdentifier(token) || ts.isPrivateIdentifier(token)) return token.text;
  return token.getText(token.getSourceFile());
}
