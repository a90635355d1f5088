import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import type { Origin, Root } from './origin';

/**
 * The path a value took, source first, for a diagnostic:
 * `randomUUID()` (line 30) → `jobId` (line 28) → `jobId` of runJob (line 12) → `name` of LogoService.generate.
 */
export function describePath(ctx: AnalysisContext, o: Origin, into: string): string {
  const parts = [describeRoot(ctx, o.root, o.path)];
  const root = o.root;
  for (const step of [...o.steps].reverse()) {
    if (
      root.kind === 'param' &&
      (ctx.ts.isParameter(step.node) || ctx.ts.isBindingElement(step.node)) &&
      ownerFn(ctx, step.node) === root.fn
    )
      continue;
    const owner = ctx.ts.isParameter(step.node) ? ` of ${functionName(ctx, step.node.parent)}` : '';
    const part = `\`${step.name}\`${owner} (line ${lineOf(ctx, step.node)})`;
    if (parts[parts.length - 1] !== part) parts.push(part);
  }
  parts.push(into);
  return parts.join(' → ');
}

function describeRoot(ctx: AnalysisContext, root: Root, path: readonly string[] = []): string {
  const { ts } = ctx;
  if (root.kind === 'source') return `\`${root.what}\` (line ${lineOf(ctx, root.node)})`;
  if (root.kind === 'binding') return `\`${root.name}\``;
  const param = root.fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))[root.index];
  const base =
    param === undefined
      ? `#${root.index}`
      : ts.isIdentifier(param.name)
        ? param.name.text
        : 'the destructured parameter';
  const name = [base, ...path.filter((p) => p !== '*')].join('.');
  return `\`${name}\` of ${functionName(ctx, root.fn)} (line ${lineOf(ctx, param ?? root.fn)})`;
}

function functionName(ctx: AnalysisContext, fn: ts.SignatureDeclaration): string {
  const { ts } = ctx;
  const own =
    fn.name !== undefined && (ts.isIdentifier(fn.name) || ts.isPrivateIdentifier(fn.name)) ? fn.name.text : undefined;
  const holder =
    ts.isVariableDeclaration(fn.parent) || ts.isPropertyDeclaration(fn.parent) ? fn.parent.name.getText() : undefined;
  const name = own ?? holder ?? 'an anonymous function';
  const cls = ts.isClassLike(fn.parent)
    ? fn.parent.name?.text
    : ts.isPropertyDeclaration(fn.parent) && ts.isClassLike(fn.parent.parent)
      ? fn.parent.parent.name?.text
      : undefined;
  return cls !== undefined ? `${cls}.${name}` : name;
}

/** The 1-based line `node` starts on, for diagnostics. */
export function lineOf(ctx: AnalysisContext, node: ts.Node): number {
  const sourceFile = node.getSourceFile();
  return ctx.ts.getLineAndCharacterOfPosition(sourceFile, node.getStart(sourceFile)).line + 1;
}

function ownerFn(ctx: AnalysisContext, node: ts.Node): ts.Node | undefined {
  let n: ts.Node | undefined = node;
  while (n !== undefined && !ctx.ts.isParameter(n)) n = n.parent;
  return n?.parent;
}

/** How a source's sort reads in a message. */
export function sortPhrase(o: Origin): string {
  if (o.root.kind !== 'source') return 'a value';
  switch (o.root.sort) {
    case 'per-call':
      return 'a per-call value (new on every call)';
    case 'per-process':
      return 'a per-process value (different in every process, so a shared store is split by process)';
    case 'per-instance':
      return 'a per-instance value (different for every instance of the class)';
    case 'request':
      return 'a request-scoped value (different for every request)';
    case 'config':
      return 'a value from the environment';
  }
}

/** What a source in the key costs the cache, by its sort. */
export function consequence(o: Origin): string {
  const sort = o.root.kind === 'source' ? o.root.sort : 'per-call';
  if (sort === 'per-process')
    return 'Processes never share a cache entry, so a shared store is split by process and every new process starts cold.';
  if (sort === 'per-instance')
    return 'Each instance gets its own cache entries, so a new instance never hits what another one stored.';
  if (sort === 'request') return 'Requests never share a cache entry, so the cache misses every time.';
  return 'Calls never share a cache entry, so the cache misses every time.';
}

/** True for a clock read (where a deliberate time bucket is the usual intent). */
export function isClock(o: Origin): boolean {
  return o.root.kind === 'source' && /Date|DateTime|dayjs|moment|Temporal|performance|hrtime/.test(o.root.what);
}
