import type * as ts from 'typescript';
import type { TypeScript } from '@keyproof/transformer';

/** One replacement in a file's text, by offsets. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * Adds `tag` (`@excludeFromKey jobId reason`) as the last line of `host`'s doc comment, or
 * writes a doc comment holding it above `host` (above its decorators) when it has none.
 * A one-line comment (`/** Logo. *\/`) becomes a block.
 */
export function addDocTag(ts: TypeScript, sourceFile: ts.SourceFile, host: ts.Node, tag: string): TextEdit {
  const text = sourceFile.text;
  const start = host.getStart(sourceFile);
  const indent = indentationAt(text, start);
  const docs = ts.getJSDocCommentsAndTags(host).filter((d): d is ts.JSDoc => ts.isJSDoc(d) && d.parent === host);
  const doc = docs[docs.length - 1];
  if (doc === undefined) return { start, end: start, newText: `/**\n${indent} * ${tag}\n${indent} */\n${indent}` };
  const docStart = doc.getStart(sourceFile);
  const close = doc.end - 2; // the `*/`
  const docIndent = indentationAt(text, docStart);
  const closeLineStart = text.lastIndexOf('\n', close - 1) + 1;
  if (closeLineStart > docStart && /^\s*$/.test(text.slice(closeLineStart, close))) {
    return { start: closeLineStart, end: closeLineStart, newText: `${docIndent} * ${tag}\n` };
  }
  if (closeLineStart > docStart) return { start: close, end: close, newText: `\n${docIndent} * ${tag}\n${docIndent} ` };
  // one line: `/** prose */` -> a block with the prose, then the tag
  const prose = text.slice(docStart + 3, close).trim();
  const body = prose === '' ? [tag] : [prose, tag];
  return {
    start: docStart,
    end: doc.end,
    newText: `/**\n${body.map((l) => `${docIndent} * ${l}`).join('\n')}\n${docIndent} */`,
  };
}

function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}
