import type * as ts from 'typescript';
import type { PlannedMemo, ReportedDiagnostic, TypeScript } from '@keyproof/transformer';
import { bumpVersion } from './bump-version';
import { addDocTag, type TextEdit } from './doc-edit';
import { ownerAt, type PlanOwner } from './plan-owner';

/** A mechanical fix for one keyproof diagnostic: edits in the diagnostic's file. */
export interface QuickFix {
  readonly title: string;
  readonly code: number;
  readonly edits: readonly TextEdit[];
}

/** The reason a fix writes for the user to replace: an exclusion needs a real one. */
const REASON_PLACEHOLDER = 'TODO: why it does not change the result';

/**
 * The fixes the diagnostic's own "Fix:" text spells out, where the edit is mechanical:
 * exclude a parameter (`@excludeFromKey NAME reason`), correct a misspelt name, mark a class
 * field `@cacheKey` or `@notKey`, acknowledge a warning, bump `version` after a body change.
 * Recording a change in `keyproof.keys.json` edits another file: see `Project.recordKeys`.
 */
export function quickFixes(
  ts: TypeScript,
  sourceFile: ts.SourceFile,
  plans: readonly PlannedMemo[],
  d: ReportedDiagnostic,
): QuickFix[] {
  if (d.start === undefined) return [];
  const owner = ownerAt(ts, sourceFile, plans, d.start, false);
  const fixes: QuickFix[] = [];
  const typo = correctName(sourceFile, d);
  if (typo !== undefined) fixes.push(typo);
  if (owner !== undefined) {
    const exclude = /@excludeFromKey ([A-Za-z_$][\w$]*(?:\.[\w$]+)*) (?:reason|<reason>)/.exec(d.message)?.[1];
    if (exclude !== undefined && parametersOf(ts, sourceFile, owner).includes(exclude.split('.')[0]!)) {
      fixes.push({
        title: `Exclude "${exclude}" from the cache key (@excludeFromKey, reason to fill in)`,
        code: d.code,
        edits: [addDocTag(ts, sourceFile, owner.docHost, `@excludeFromKey ${exclude} ${REASON_PLACEHOLDER}`)],
      });
    }
    if (d.severity === 'warning' && /@acknowledge \d{5}/.test(d.message)) {
      fixes.push({
        title: `Acknowledge KP${d.code} (reason to fill in)`,
        code: d.code,
        edits: [addDocTag(ts, sourceFile, owner.docHost, `@acknowledge ${d.code} ${REASON_PLACEHOLDER}`)],
      });
    }
    fixes.push(...fieldFixes(ts, sourceFile, owner, d));
    // 91071: the body changed under the same version and key; old answers would be served
    if (d.code === 91071) {
      const bump = bumpVersion(ts, sourceFile, owner);
      if (bump !== undefined)
        fixes.push({
          title: `Bump the version of ${owner.plan.plan.id} to '${bump.to}' (its old entries are not served again)`,
          code: d.code,
          edits: [bump.edit],
        });
    }
  }
  return fixes;
}

/** 91001 `… there is no parameter "jobid" … Fix: write "jobId".`: replace the name in the tag. */
function correctName(sourceFile: ts.SourceFile, d: ReportedDiagnostic): QuickFix | undefined {
  const wrong = /there is no parameter "([^"]+)"/.exec(d.message)?.[1];
  const right = /Fix: write "([A-Za-z_$][\w$]*)"/.exec(d.message)?.[1];
  if (wrong === undefined || right === undefined || d.start === undefined) return undefined;
  const span = sourceFile.text.slice(d.start, d.start + (d.length ?? 0));
  const at = new RegExp(`(?<![\\w$])${wrong.replace(/\$/g, '\\$')}(?![\\w$])`).exec(span);
  if (at === null) return undefined;
  const start = d.start + at.index;
  return {
    title: `Change "${wrong}" to "${right}"`,
    code: d.code,
    edits: [{ start, end: start + wrong.length, newText: right }],
  };
}

/** 91040 (a class field read with no decision): mark the field `@cacheKey`, or `@notKey` with a reason. */
function fieldFixes(ts: TypeScript, sourceFile: ts.SourceFile, owner: PlanOwner, d: ReportedDiagnostic): QuickFix[] {
  if (d.code !== 91040) return [];
  const name = /mark the field `@cacheKey` \(it joins the key as "this\.([\w$#]+)"\)/.exec(d.message)?.[1];
  if (name === undefined) return [];
  let klass: ts.Node | undefined = owner.node;
  while (klass !== undefined && !ts.isClassLike(klass)) klass = klass.parent;
  if (klass === undefined) return [];
  const field = (klass as ts.ClassLikeDeclaration).members.find(
    (m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && m.name.getText(sourceFile) === name,
  );
  if (field === undefined) return [];
  return [
    {
      title: `Mark "this.${name}" @cacheKey (it joins the key)`,
      code: d.code,
      edits: [addDocTag(ts, sourceFile, field, '@cacheKey')],
    },
    {
      title: `Mark "this.${name}" @notKey (reason to fill in)`,
      code: d.code,
      edits: [addDocTag(ts, sourceFile, field, `@notKey ${REASON_PLACEHOLDER}`)],
    },
  ];
}

function parametersOf(ts: TypeScript, sourceFile: ts.SourceFile, owner: PlanOwner): string[] {
  let fn: ts.Node | undefined = owner.plan.site.kind === 'method' ? owner.node : undefined;
  if (fn === undefined) {
    const visit = (node: ts.Node): void => {
      if (fn === undefined && ts.isFunctionLike(node) && node.getStart(sourceFile) === owner.plan.site.fnStart)
        fn = node;
      else if (fn === undefined) ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  if (fn === undefined || !ts.isFunctionLike(fn)) return [];
  return fn.parameters.map((p) => p.name.getText(sourceFile));
}
