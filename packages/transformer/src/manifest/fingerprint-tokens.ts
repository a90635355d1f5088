import { createHash } from 'node:crypto';
import type * as ts from 'typescript';
import type { TypeScript } from '../types';
import type { PartFingerprint } from './manifest-types';

/**
 * Fingerprint of a piece of source that ignores how it is written: comments, white space,
 * line endings, quote style, semicolons and trailing commas do not count; every other token
 * does. Literal values (the prompt text, a model name, a temperature) are hashed apart from
 * the code around them, so a review can tell "the text changed" from "the code changed".
 */
export function fingerprintNodes(ts: TypeScript, nodes: readonly ts.Node[]): PartFingerprint {
  const code: string[] = [];
  const text: string[] = [];
  for (const node of nodes) forEachToken(ts, node, (token) => {
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
    children.forEach((child, i) => {
      if (child.kind >= ts.SyntaxKind.FirstJSDocNode && child.kind <= ts.SyntaxKind.LastJSDocNode) return;
      if (child.kind === ts.SyntaxKind.SemicolonToken) return;
      // a trailing comma in a list (`f(a, b,)`, `[1, 2,]`) is formatting
      if (child.kind === ts.SyntaxKind.CommaToken && node.kind === ts.SyntaxKind.SyntaxList && i === children.length - 1) return;
      walk(child);
    });
  };
  walk(root);
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
