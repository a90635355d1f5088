import type * as ts from 'typescript';
import { ClassNaming } from '../emit/emit-classes';
import { emitPlan } from '../emit/emit-plan';
import type { AnalysisResult, PlannedMemo, TypeScript } from '../types';
import { findFunctionAt, findNodeAt } from '../utils/find-node';

/** One text edit: replace [start, end) with `text` (an insertion when start === end). */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The source-host emitter: the same plans the tspc rewriter emits, spliced into the
 * TypeScript SOURCE text instead of the emitted JavaScript, so a host that compiles
 * TypeScript itself (Vite, esbuild, tsx) gets them. Each plan is printed on one line and
 * annotation-only decorators are blanked with spaces, so line numbers never move and the
 * host's source maps stay right line for line.
 *
 * `sourceFile` must be the file the analysis ran on (its offsets are the plans' offsets).
 */
export function splicePlans(
  ts: TypeScript,
  sourceFile: ts.SourceFile,
  result: Pick<AnalysisResult, 'plans' | 'strip'>,
): string {
  const text = sourceFile.text;
  const edits: Edit[] = [];
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  const naming = new ClassNaming(ts, ts.factory, 'import');
  const print = (memo: PlannedMemo, fn: ts.SignatureDeclaration): string =>
    printer
      .printNode(ts.EmitHint.Expression, emitPlan(ts, ts.factory, memo, fn, naming), sourceFile)
      .replace(/\r?\n\s*/g, ' ');

  for (const memo of result.plans) {
    if (memo.site.fileName !== sourceFile.fileName) continue;
    if (memo.site.kind === 'method') {
      const decorator = findNodeAt(
        ts,
        sourceFile,
        memo.site.start,
        (n): n is ts.Expression => n.parent !== undefined && ts.isDecorator(n.parent) && n === n.parent.expression,
      );
      const method = decorator?.parent.parent;
      if (decorator === undefined || method === undefined || !ts.isMethodDeclaration(method)) continue;
      const plan = print(memo, method);
      if (ts.isCallExpression(decorator))
        edits.push(appendArgument(decorator, decorator.arguments.length === 0 ? `void 0, ${plan}` : plan));
      else edits.push({ start: decorator.end, end: decorator.end, text: `(void 0, ${plan})` });
    } else {
      const call = findNodeAt(ts, sourceFile, memo.site.start, ts.isCallExpression);
      const fn = findFunctionAt(ts, sourceFile, memo.site.fnStart);
      if (call === undefined || fn === undefined || call.arguments.length === 0) continue;
      const plan = print(memo, fn);
      edits.push(appendArgument(call, call.arguments.length === 1 ? `void 0, ${plan}` : plan));
    }
  }
  // the classes' imports, on the first line (after a shebang): line numbers do not move
  const imports = naming.text(sourceFile);
  if (imports !== '') {
    const at = text.startsWith('#!') ? text.indexOf('\n') + 1 : 0;
    edits.push({ start: at, end: at, text: `${imports} ` });
  }
  for (const start of result.strip.get(sourceFile.fileName) ?? []) {
    const decorator = findNodeAt(ts, sourceFile, start, ts.isDecorator);
    if (decorator !== undefined)
      edits.push({ start, end: decorator.end, text: blank(text.slice(start, decorator.end)) });
  }
  return apply(text, edits);
}

/** `f(a, b)` -> `f(a, b, X)`: after the last argument, before a trailing comma if any. */
function appendArgument(call: ts.CallExpression, text: string): Edit {
  const last = call.arguments[call.arguments.length - 1];
  if (last === undefined) {
    const close = call.end - 1; // the `)`
    return { start: close, end: close, text };
  }
  return { start: last.end, end: last.end, text: `, ${text}` };
}

/** Spaces for everything but line breaks. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

function apply(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
