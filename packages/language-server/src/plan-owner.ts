import type * as ts from 'typescript';
import type { PlannedMemo, TypeScript } from '@keyproof/transformer';

/** The declaration a plan belongs to, and the nodes a doc-comment edit and a hover use. */
export interface PlanOwner {
  readonly plan: PlannedMemo;
  /** The method (decorators included), or the `memoize(...)` call. */
  readonly node: ts.Node;
  /** Where the plan's doc comment lives (the method, the function declaration, or the statement holding `memoize(...)`). */
  readonly docHost: ts.Node;
  /** The header: from the node's start to its body (where a hover or a lens belongs). */
  readonly headerEnd: number;
}

/** Finds the declaration of each plan of `sourceFile`. */
export function planOwners(ts: TypeScript, sourceFile: ts.SourceFile, plans: readonly PlannedMemo[]): PlanOwner[] {
  const owners: PlanOwner[] = [];
  for (const plan of plans) {
    const owner = ownerOf(ts, sourceFile, plan);
    if (owner !== undefined) owners.push(owner);
  }
  return owners;
}

/** The plan whose declaration holds `offset` (the innermost one). */
export function ownerAt(
  ts: TypeScript,
  sourceFile: ts.SourceFile,
  plans: readonly PlannedMemo[],
  offset: number,
  headerOnly: boolean,
): PlanOwner | undefined {
  return planOwners(ts, sourceFile, plans)
    .filter((o) => o.node.getStart(sourceFile) <= offset && offset <= (headerOnly ? o.headerEnd : o.node.end))
    .sort((a, b) => a.node.end - a.node.getStart(sourceFile) - (b.node.end - b.node.getStart(sourceFile)))[0];
}

function ownerOf(ts: TypeScript, sourceFile: ts.SourceFile, plan: PlannedMemo): PlanOwner | undefined {
  const anchor = innermost(ts, sourceFile, plan.site.start);
  if (anchor === undefined) return undefined;
  if (plan.site.kind === 'method') {
    const method = ancestor(anchor, (n) => ts.isMethodDeclaration(n));
    if (method === undefined) return undefined;
    const body = (method as ts.MethodDeclaration).body;
    return { plan, node: method, docHost: method, headerEnd: body?.getStart(sourceFile) ?? method.end };
  }
  const call = ancestor(anchor, (n) => ts.isCallExpression(n) && n.getStart(sourceFile) === plan.site.start);
  if (call === undefined) return undefined;
  const fnNode = ancestor(innermost(ts, sourceFile, plan.site.fnStart) ?? call, (n) => ts.isFunctionLike(n));
  const declared = fnNode !== undefined && ts.isFunctionDeclaration(fnNode) ? fnNode : undefined;
  const statement = ancestor(
    call,
    (n) =>
      ts.isVariableStatement(n) ||
      ts.isExpressionStatement(n) ||
      ts.isPropertyDeclaration(n) ||
      ts.isExportAssignment(n),
  );
  const docHost = declared ?? statement ?? call;
  const fnBody = fnNode !== undefined && 'body' in fnNode ? (fnNode as ts.FunctionLikeDeclaration).body : undefined;
  const headerEnd =
    fnBody !== undefined && fnBody.pos >= call.pos && fnBody.end <= call.end ? fnBody.getStart(sourceFile) : call.end;
  return { plan, node: statement ?? call, docHost, headerEnd };
}

/** The innermost node whose text (without leading trivia) holds `offset`. */
function innermost(ts: TypeScript, sourceFile: ts.SourceFile, offset: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(sourceFile) <= offset && offset < node.end) {
      found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(sourceFile, visit);
  return found;
}

function ancestor(node: ts.Node, test: (n: ts.Node) => boolean): ts.Node | undefined {
  for (let n: ts.Node | undefined = node; n !== undefined; n = n.parent) if (test(n)) return n;
  return undefined;
}
