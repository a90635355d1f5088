import type * as ts from 'typescript';
import type { AnalysisContext } from './context';

/** One JSDoc tag: `@excludeFromKey jobId unique per run` -> name `excludeFromKey`, text `jobId unique per run`. */
export interface DocTag {
  readonly name: string;
  readonly text: string;
  readonly fileName: string;
  readonly start: number;
  readonly length: number;
}

export interface DocComment {
  /** The prose: every line that is not a tag. */
  readonly description: string;
  readonly tags: readonly DocTag[];
}

/**
 * The doc comments of `hosts`. Uses the tags TypeScript parsed when it parsed them (the
 * plugin's package.json asks ts-patch for `parseAllJsDoc`), and reads the comment text
 * itself when it did not (`tsc` since 5.3 skips JSDoc it does not need; transpile-only hosts).
 */
export function readDoc(ctx: AnalysisContext, hosts: readonly ts.Node[]): DocComment {
  const descriptions: string[] = [];
  const tags: DocTag[] = [];
  for (const host of hosts) {
    const parsed = parsedDoc(ctx, host);
    const doc = parsed ?? commentDoc(ctx, host);
    if (doc.description !== '') descriptions.push(doc.description);
    tags.push(...doc.tags);
  }
  return { description: descriptions.join('\n'), tags };
}

function parsedDoc(ctx: AnalysisContext, host: ts.Node): DocComment | undefined {
  const { ts } = ctx;
  const docs = ts.getJSDocCommentsAndTags(host).filter((d): d is ts.JSDoc => ts.isJSDoc(d) && d.parent === host);
  if (docs.length === 0) return undefined;
  const sourceFile = host.getSourceFile();
  const descriptions: string[] = [];
  const tags: DocTag[] = [];
  for (const doc of docs) {
    const text = ts.getTextOfJSDocComment(doc.comment);
    if (text !== undefined) descriptions.push(text);
    for (const tag of doc.tags ?? []) {
      const start = tag.getStart(sourceFile);
      tags.push({
        name: tag.tagName.text,
        text: `${ts.isJSDocParameterTag(tag) ? `${tag.name.getText(sourceFile)} ` : ''}${ts.getTextOfJSDocComment(tag.comment) ?? ''}`.trim(),
        fileName: sourceFile.fileName,
        start,
        length: tag.end - start,
      });
    }
  }
  return { description: descriptions.join('\n'), tags };
}

/** Reads the `/** ... *\/` comment right before `host` from the source text. */
function commentDoc(ctx: AnalysisContext, host: ts.Node): DocComment {
  const sourceFile = host.getSourceFile();
  const text = sourceFile.text;
  const ranges = ctx.ts.getLeadingCommentRanges(text, host.pos) ?? [];
  const docs = ranges.filter((r) => text.startsWith('/**', r.pos) && !text.startsWith('/**/', r.pos));
  const last = docs[docs.length - 1];
  if (last === undefined) return { description: '', tags: [] };
  const descriptions: string[] = [];
  const tags: DocTag[] = [];
  const body = text.slice(last.pos + 3, last.end - 2);
  let offset = last.pos + 3;
  let current: { name: string; text: string; start: number; end: number } | undefined;
  const flush = (): void => {
    if (current !== undefined) {
      tags.push({
        name: current.name,
        text: current.text.trim(),
        fileName: sourceFile.fileName,
        start: current.start,
        length: current.end - current.start,
      });
    }
    current = undefined;
  };
  for (const rawLine of body.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const lead = /^\s*\*?\s?/.exec(rawLine)?.[0].length ?? 0;
    const line = rawLine.slice(lead).replace(/\s+$/, '');
    const tag = /^@([A-Za-z][\w-]*)\s*(.*)$/.exec(line);
    if (tag !== null) {
      flush();
      current = {
        name: tag[1] ?? '',
        text: tag[2] ?? '',
        start: lineStart + lead,
        end: lineStart + lead + line.length,
      };
    } else if (current !== undefined) {
      if (line !== '') {
        current.text += ` ${line}`;
        current.end = lineStart + lead + line.length;
      }
    } else {
      descriptions.push(line);
    }
  }
  flush();
  return { description: descriptions.join('\n').trim(), tags };
}
