import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { keyproofExportOf } from './resolve-keyproof';
import { skipOuter } from './provenance/outer-expressions';

/** One `tag('name', ...parts)` call, as written (internal: carries AST). */
export interface TagCall {
  readonly call: ts.CallExpression;
  /** The name when it is a string literal (or a constant of a string literal type), else undefined. */
  readonly name: string | undefined;
  readonly nameNode: ts.Expression | undefined;
  readonly parts: readonly ts.Expression[];
  /** False when a part is spread (`...parts`): the count is not known at build time. */
  readonly countKnown: boolean;
}

/** The `tags` option of one memoised method: `tags: ({ userId }) => [tag('user', userId)]`. */
export interface TagsOption {
  /** The option's value as written (the property itself for `{ tags }` or `tags() {}`). */
  readonly written: ts.Node;
  /** The function, when the value is an arrow, a function expression or a method written in place. */
  readonly fn: ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration | undefined;
  /** Local name -> key field name (and the path below it) it is bound to by the parameter's destructuring. */
  readonly bound: ReadonlyMap<string, { readonly field: string; readonly path: readonly string[] }>;
  /** The parameter's name when it is an identifier (`fields => [tag('user', fields.userId)]`). */
  readonly fieldsName: string | undefined;
  /** The `tag(...)` calls in the function, in source order. */
  readonly tags: readonly TagCall[];
}

/** The `tags` option of a memoised site, or undefined when it has none. Syntax and resolution only. */
export function readTags(ctx: AnalysisContext, site: MemoisedSite): TagsOption | undefined {
  const { ts } = ctx;
  const options = site.options;
  if (options === undefined || !ts.isObjectLiteralExpression(options)) return undefined;
  const property = options.properties.find((p) => p.name !== undefined && propertyName(ctx, p.name) === 'tags');
  if (property === undefined) return undefined;
  const written: ts.Node = ts.isPropertyAssignment(property) ? property.initializer : property;
  const fn = ts.isMethodDeclaration(property)
    ? property
    : ts.isPropertyAssignment(property)
      ? unwrap(ctx, property.initializer)
      : undefined;
  if (fn === undefined || fn.body === undefined)
    return { written, fn: undefined, bound: new Map(), fieldsName: undefined, tags: [] };
  const bound = new Map<string, { field: string; path: string[] }>();
  let fieldsName: string | undefined;
  const param = fn.parameters[0];
  if (param !== undefined) {
    if (ts.isIdentifier(param.name)) fieldsName = param.name.text;
    else bindPattern(ctx, param.name, undefined, [], bound);
  }
  return { written, fn, bound, fieldsName, tags: tagCallsIn(ctx, fn.body) };
}

/** Every keyproof `tag(...)` call under `node`. */
function tagCallsIn(ctx: AnalysisContext, node: ts.Node): TagCall[] {
  const { ts } = ctx;
  const calls: TagCall[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && keyproofExportOf(ctx, n.expression) === 'tag') calls.push(readTagCall(ctx, n));
    ts.forEachChild(n, visit);
  };
  visit(node);
  return calls;
}

/** `tag(name, ...parts)`: its literal name (a string literal, or an expression of a string literal type) and parts. */
export function readTagCall(ctx: AnalysisContext, call: ts.CallExpression): TagCall {
  const { ts, checker } = ctx;
  const [nameNode, ...parts] = call.arguments;
  let name: string | undefined;
  if (nameNode !== undefined && ts.isStringLiteralLike(nameNode)) name = nameNode.text;
  else if (nameNode !== undefined && checker !== undefined && !ts.isSpreadElement(nameNode)) {
    const type = checker.getTypeAtLocation(nameNode);
    if (type.isStringLiteral()) name = type.value;
  }
  return { call, name, nameNode, parts, countKnown: !parts.some((p) => ts.isSpreadElement(p)) };
}

function unwrap(ctx: AnalysisContext, expr: ts.Expression): ts.ArrowFunction | ts.FunctionExpression | undefined {
  const { ts } = ctx;
  const node = skipOuter(ctx, expr);
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? node : undefined;
}

function bindPattern(
  ctx: AnalysisContext,
  pattern: ts.BindingName,
  field: string | undefined,
  path: readonly string[],
  into: Map<string, { field: string; path: string[] }>,
): void {
  const { ts } = ctx;
  if (ts.isIdentifier(pattern)) {
    if (field !== undefined) into.set(pattern.text, { field, path: [...path] });
    return;
  }
  if (!ts.isObjectBindingPattern(pattern)) return; // an array pattern over key fields means nothing
  for (const element of pattern.elements) {
    if (element.dotDotDotToken !== undefined) continue;
    const key =
      element.propertyName !== undefined
        ? propertyName(ctx, element.propertyName)
        : ts.isIdentifier(element.name)
          ? element.name.text
          : undefined;
    if (key === undefined) continue;
    if (field === undefined) bindPattern(ctx, element.name, key, [], into);
    else bindPattern(ctx, element.name, field, [...path, key], into);
  }
}

function propertyName(ctx: AnalysisContext, name: ts.PropertyName): string | undefined {
  const { ts } = ctx;
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}
