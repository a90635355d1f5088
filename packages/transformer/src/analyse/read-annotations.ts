import type * as ts from 'typescript';
import { boundNames } from '../utils/bound-names';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { mixedCacheKeyArguments, normaliserInDocTag, tagWithoutName } from './check-annotations';
import type { Finding } from './finding';
import { readDoc } from './read-jsdoc';
import type { Annotations, Mark, ParamInfo } from './key-marks';
import { keyproofExportOf } from './resolve-keyproof';

/** Reads every key annotation of one memoised method or function. Syntax + resolution only. */
export function readAnnotations(ctx: AnalysisContext, site: MemoisedSite): Annotations {
  const { ts } = ctx;
  const declared = site.fn.parameters.filter((node) => !(ts.isIdentifier(node.name) && node.name.text === 'this'));
  const params = declared.map(
    (node, index): ParamInfo => ({
      index,
      name: ts.isIdentifier(node.name) ? node.name.text : node.name.getText().replace(/\s+/g, ' '),
      node,
      isRest: node.dotDotDotToken !== undefined,
      bindingNames: ts.isIdentifier(node.name) ? [] : boundNames(ts, node.name),
    }),
  );
  const marks: Mark[] = [];
  const strip: number[] = [];
  const findings: Finding[] = [];
  for (const param of params) {
    for (const decorator of ts.canHaveDecorators(param.node) ? (ts.getDecorators(param.node) ?? []) : []) {
      const mark = decoratorMark(ctx, decorator, param.name, findings);
      if (mark === undefined) continue;
      marks.push(mark);
      strip.push(decorator.getStart());
    }
  }
  const doc = readDoc(ctx, site.docHosts);
  for (const tag of doc.tags) {
    if (tag.name !== 'excludeFromKey' && tag.name !== 'cacheKey') continue;
    const match = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(.*)$/.exec(tag.text);
    if (match === null) {
      findings.push(tagWithoutName(site.defaultId, tag));
      continue;
    }
    const [param = '', ...path] = (match[1] ?? '').split('.');
    const rest = (match[2] ?? '').trim();
    if (tag.name === 'excludeFromKey') {
      marks.push({
        kind: 'exclude',
        via: '@excludeFromKey',
        param,
        path,
        reason: rest !== '' ? rest : 'excluded by @excludeFromKey',
        ...capture(rest),
        span: { tag },
      });
    } else if (NORMALISER.test(rest) && (rest.includes('.') || resolvesToValue(ctx, site, rest))) {
      findings.push(normaliserInDocTag(site.defaultId, tag, match[1] ?? '', rest));
    } else {
      marks.push({ kind: 'include', via: '@cacheKey tag', param, path, reason: '', span: { tag } });
    }
  }
  return { params, marks, doc, strip, findings };
}

/** `@cacheKey prompt normalize.text`: one dotted name after the parameter, nothing else. */
const NORMALISER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** A single word after `@cacheKey NAME` is a normaliser when it names a value in scope (not a one-word reason). */
function resolvesToValue(ctx: AnalysisContext, site: MemoisedSite, name: string): boolean {
  if (ctx.checker === undefined) return false;
  return ctx.checker.getSymbolsInScope(site.fn, ctx.ts.SymbolFlags.Value).some((s) => s.name === name);
}

/** `captured-by NAME [reason]` (the keyword), or "captured by NAME" anywhere in the reason. */
function capture(reason: string): { capturedBy?: string; capturedByKeyword?: boolean } {
  const keyword = /^captured-by\s+([A-Za-z_$][\w$]*)/.exec(reason);
  if (keyword !== null) return { capturedBy: keyword[1]!, capturedByKeyword: true };
  const prose = /\bcaptured\s+by\s+(?:the\s+key\s+parameter\s+)?`?([A-Za-z_$][\w$]*)`?/.exec(reason);
  return prose !== null ? { capturedBy: prose[1]! } : {};
}

function decoratorMark(
  ctx: AnalysisContext,
  decorator: ts.Decorator,
  param: string,
  findings: Finding[],
): Mark | undefined {
  const { ts } = ctx;
  const expr = decorator.expression;
  const callee = ts.isCallExpression(expr) ? expr.expression : expr;
  const which = keyproofExportOf(ctx, callee);
  if (which !== 'cacheKey' && which !== 'notKey') return undefined;
  const args = ts.isCallExpression(expr) ? [...expr.arguments] : [];
  if (which === 'notKey') {
    const first = args[0];
    const reason = first !== undefined && ts.isStringLiteralLike(first) ? first.text : '@notKey';
    return { kind: 'exclude', via: '@notKey', param, path: [], reason, ...capture(reason), span: { node: decorator } };
  }
  const strings = args.filter(ts.isStringLiteralLike);
  const others = args.filter((a) => !ts.isStringLiteralLike(a));
  if (others.length > 1 || (others.length === 1 && strings.length > 0)) {
    findings.push(mixedCacheKeyArguments(decorator, param));
    return undefined;
  }
  const normalizer = others[0];
  return {
    kind: 'include',
    via: '@cacheKey',
    param,
    path: [],
    ...(strings.length > 0 ? { picks: strings.map((s) => s.text) } : {}),
    ...(normalizer !== undefined ? { normalizer } : {}),
    reason: '',
    span: { node: decorator },
  };
}

/** A key decision about a class field: `@cacheKey` / `@notKey` decorators or doc tags. */
export interface FieldMark {
  readonly kind: 'include' | 'exclude';
  readonly reason: string;
  readonly stripStart: number | undefined;
  readonly node: ts.Node;
}

export function readFieldMarks(
  ctx: AnalysisContext,
  property: ts.PropertyDeclaration | ts.ParameterDeclaration,
): FieldMark[] {
  const { ts } = ctx;
  const marks: FieldMark[] = [];
  for (const decorator of ts.getDecorators(property) ?? []) {
    const expr = decorator.expression;
    const which = keyproofExportOf(ctx, ts.isCallExpression(expr) ? expr.expression : expr);
    if (which !== 'cacheKey' && which !== 'notKey') continue;
    const first = ts.isCallExpression(expr) ? expr.arguments[0] : undefined;
    const reason = first !== undefined && ts.isStringLiteralLike(first) ? first.text : '@notKey';
    marks.push({
      kind: which === 'cacheKey' ? 'include' : 'exclude',
      reason: which === 'cacheKey' ? '' : reason,
      stripStart: decorator.getStart(),
      node: decorator,
    });
  }
  for (const tag of readDoc(ctx, [property]).tags) {
    if (tag.name === 'cacheKey') marks.push({ kind: 'include', reason: '', stripStart: undefined, node: property });
    if (tag.name === 'notKey')
      marks.push({
        kind: 'exclude',
        reason: tag.text !== '' ? tag.text : '@notKey',
        stripStart: undefined,
        node: property,
      });
  }
  return marks;
}
