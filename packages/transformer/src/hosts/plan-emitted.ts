import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { ClassNaming } from '../emit/emit-classes';
import { emitPlan } from '../emit/emit-plan';
import { pluginEntry } from '../plugin-entry';
import { hasErrors, runAnalysis, type ReportedDiagnostic } from '../run-analysis';
import { saveKeys } from '../save-keys';
import type { PlannedMemo, TypeScript } from '../types';
import { findFunctionAt, findNodeAt } from '../utils/find-node';
import { loadTypeScript } from './load-typescript';

/** What `keyproof-plan` did to a project's emitted JavaScript. */
export interface PlanEmittedResult {
  readonly diagnostics: readonly ReportedDiagnostic[];
  /** Emitted files that got plans, and how many each. */
  readonly written: ReadonlyMap<string, number>;
  /** Why a file could not be planned (its memoised methods then throw MissingPlanError at startup). */
  readonly problems: readonly string[];
  readonly typescript: {
    readonly version: string;
    readonly from: 'project' | 'keyproof';
    readonly projectVersion: string | undefined;
  };
}

/**
 * The TypeScript 7 path: `tsc -p . && keyproof-plan -p .`. TypeScript 7 (the native compiler)
 * has no transformer API, so the plans are added after its emit: the project is analysed with
 * a JS TypeScript API (the project's if it has one, else keyproof's own TypeScript 6.0, which
 * reads the same code), and each memoised call in the emitted JavaScript gets its plan, the
 * n-th `memoize` of a source file matched to the n-th planned site (a file whose count does not
 * match is left unplanned and reported: it then fails closed, with MissingPlanError at startup).
 * The analysis is `runAnalysis`'s, keys review included (the tsconfig entry's `manifest`). With
 * errors nothing is written: the build fails and the unplanned output never runs a leaking key.
 */
export function planEmitted(configPath: string): PlanEmittedResult {
  const dir = path.dirname(path.resolve(configPath));
  const loaded = loadTypeScript(dir);
  const ts = loaded.ts;
  const problems: string[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.resolve(configPath),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => problems.push(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    },
  );
  if (parsed === undefined) throw new Error(`keyproof-plan: ${configPath} cannot be read: ${problems.join('; ')}`);
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences ?? [],
  });
  const result = runAnalysis(program, ts, { config: pluginEntry(parsed.options.plugins) ?? {} });
  const written = new Map<string, number>();
  const typescript = { version: ts.version, from: loaded.from, projectVersion: loaded.projectVersion };
  if (hasErrors(result)) return { diagnostics: result.diagnostics, written, problems, typescript };
  saveKeys(result);

  const byFile = new Map<string, PlannedMemo[]>();
  for (const memo of result.plans) byFile.set(memo.site.fileName, [...(byFile.get(memo.site.fileName) ?? []), memo]);
  for (const [fileName, memos] of byFile) {
    const sourceFile = program.getSourceFile(fileName)!;
    const js = ts
      .getOutputFileNames(parsed, fileName, !ts.sys.useCaseSensitiveFileNames)
      .find((f) => /\.[mc]?js$/.test(f));
    if (js === undefined || !fs.existsSync(js)) {
      problems.push(
        `${path.relative(dir, fileName)}: no emitted JavaScript found${js !== undefined ? ` at ${path.relative(dir, js)}` : ''} (run tsc first)`,
      );
      continue;
    }
    const outcome = planOneFile(ts, sourceFile, memos, js);
    if (typeof outcome === 'string') problems.push(`${path.relative(dir, js)}: ${outcome}`);
    else written.set(js, outcome);
  }
  return { diagnostics: result.diagnostics, written, problems, typescript };
}

interface JsSite {
  /** The `memoize` reference (identifier, `ns.memoize`, or `(0, ns.memoize)`). */
  readonly reference: ts.Expression;
  readonly call: ts.CallExpression | undefined;
}

function planOneFile(
  ts: TypeScript,
  sourceFile: ts.SourceFile,
  memos: readonly PlannedMemo[],
  jsFile: string,
): number | string {
  const text = fs.readFileSync(jsFile, 'utf8');
  const planned = planJavaScript(ts, sourceFile, memos, jsFile, text);
  if (typeof planned === 'string') return planned;
  if (planned.code !== text) fs.writeFileSync(jsFile, planned.code);
  return planned.count;
}

/**
 * The plans of one TypeScript source file, added to the JavaScript a compiler made of it
 * (TypeScript 7's emit, tsx's CommonJS output): the n-th `memoize` call or decorator entry
 * of the JavaScript gets the n-th plan of the source. A string says why it could not be done.
 */
export function planJavaScript(
  ts: TypeScript,
  sourceFile: ts.SourceFile,
  memos: readonly PlannedMemo[],
  jsFile: string,
  text: string,
): { code: string; count: number } | string {
  const js = ts.createSourceFile(jsFile, text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS);
  const ordered = [...memos].sort((a, b) => a.site.start - b.site.start);
  const names = new Set<string>();
  for (const memo of ordered) {
    const anchor = findNodeAt(
      ts,
      sourceFile,
      memo.site.start,
      (n): n is ts.Expression => ts.isCallExpression(n) || ts.isIdentifier(n) || ts.isPropertyAccessExpression(n),
    );
    const callee = anchor !== undefined && ts.isCallExpression(anchor) ? anchor.expression : anchor;
    if (callee !== undefined)
      names.add(ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(sourceFile));
  }
  const sites = findJsSites(ts, js, names);
  if (sites.length !== ordered.length) {
    return `found ${sites.length} memoize call(s) in the emitted JavaScript for ${ordered.length} planned site(s), so they cannot be matched safely; its memoised methods are left without plans (MissingPlanError at startup). Build this project with a JS TypeScript (tspc) or a source host instead.`;
  }
  const edits: { at: number; end: number; text: string }[] = [];
  // CommonJS output (tsx, TypeScript 7 with module commonjs) requires the classes lazily; ES modules import them
  const commonJs =
    /\brequire\(|\bexports\./.test(text) &&
    !js.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s));
  const naming = new ClassNaming(ts, ts.factory, commonJs ? 'require' : 'import');
  for (let i = 0; i < ordered.length; i++) {
    const memo = ordered[i]!;
    const site = sites[i]!;
    const plan = jsPlan(ts, sourceFile, memo, naming);
    if (plan === undefined) return `cannot print the plan of ${memo.plan.id}`;
    if (memo.site.kind === 'function') {
      if (site.call === undefined || site.call.arguments.length === 0)
        return `the ${i + 1}. memoize in the JavaScript is not a call like its source (${memo.plan.id})`;
      if (site.call.arguments.length >= 3) continue; // planned already
      edits.push(append(site.call, site.call.arguments.length === 1 ? `void 0, ${plan}` : plan));
    } else if (site.call !== undefined) {
      if (site.call.arguments.length >= 2) continue;
      edits.push(append(site.call, site.call.arguments.length === 0 ? `void 0, ${plan}` : plan));
    } else {
      edits.push({ at: site.reference.end, end: site.reference.end, text: `(void 0, ${plan})` });
    }
  }
  const imports = naming.text(sourceFile);
  if (imports !== '') {
    const at = text.startsWith('#!') ? text.indexOf('\n') + 1 : 0;
    edits.push({ at, end: at, text: `${imports} ` });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
  return { code: out, count: edits.length - (imports !== '' ? 1 : 0) };
}

function append(call: ts.CallExpression, text: string): { at: number; end: number; text: string } {
  const last = call.arguments[call.arguments.length - 1];
  return last === undefined
    ? { at: call.end - 1, end: call.end - 1, text }
    : { at: last.end, end: last.end, text: `, ${text}` };
}

/** Every use of `memoize` in the JavaScript that is a call, a decorator, or a decorator list entry, in text order. */
function findJsSites(ts: TypeScript, js: ts.SourceFile, names: ReadonlySet<string>): JsSite[] {
  const sites: JsSite[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text)) {
      let reference: ts.Expression =
        ts.isPropertyAccessExpression(node.parent) && node.parent.name === node ? node.parent : node;
      if (reference === node && ts.isPropertyAccessExpression(node.parent)) return; // `memoize.x`
      // `(0, keyproof_1.memoize)(...)`: CommonJS output
      if (
        ts.isBinaryExpression(reference.parent) &&
        reference.parent.operatorToken.kind === ts.SyntaxKind.CommaToken &&
        ts.isParenthesizedExpression(reference.parent.parent)
      ) {
        reference = reference.parent.parent;
      }
      const parent = reference.parent;
      if (ts.isCallExpression(parent) && parent.expression === reference) sites.push({ reference, call: parent });
      else if (ts.isArrayLiteralExpression(parent) || ts.isDecorator(parent))
        sites.push({ reference, call: undefined });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(js);
  return sites;
}

/** The plan as JavaScript (the projector keeps the parameters' defaults, which may be TypeScript). */
function jsPlan(ts: TypeScript, sourceFile: ts.SourceFile, memo: PlannedMemo, naming: ClassNaming): string | undefined {
  const fn = findFunctionAt(ts, sourceFile, memo.site.fnStart);
  if (fn === undefined) return undefined;
  const printer = ts.createPrinter({ removeComments: true });
  const text = printer.printNode(ts.EmitHint.Expression, emitPlan(ts, ts.factory, memo, fn, naming), sourceFile);
  const out = ts
    .transpileModule(`export default (${text});`, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    })
    .outputText.trim();
  return out
    .replace(/^export default /, '')
    .replace(/;$/, '')
    .replace(/\r?\n\s*/g, ' ');
}
