import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import type { Origin } from './origin';
import { readDoc } from '../read-jsdoc';
import type { ProgramFunction } from './resolve-function';
import { skipOuter } from './outer-expressions';

/**
 * A function documented `@timeBucket` (e.g. `@timeBucket day`) returns a deliberate time bucket:
 * the clock reads inside it are not per-call values for its callers (its other origins are
 * kept). Without the tag, a clock read is per-call wherever it happens, inline or in a helper.
 */
export function isTimeBucket(ctx: AnalysisContext, fn: ProgramFunction): boolean {
  const { ts } = ctx;
  const hosts = [fn, ...(ts.isVariableDeclaration(fn.parent) ? [fn.parent.parent.parent] : [])];
  return readDoc(ctx, hosts).tags.some((t) => t.name === 'timeBucket');
}

/** Units a clock can be quantised to and still be a bucket: an hour or longer. */
const UNITS = /^(?:hours?|days?|date|weeks?|isoWeeks?|months?|quarters?|years?)$/i;
/** Methods that keep only calendar parts of a date (no time of day). */
const DATE_PARTS =
  /^(?:toISODate|toDateString|toLocaleDateString|getFullYear|getUTCFullYear|getMonth|getUTCMonth|getDate|getUTCDate|getDay|getUTCDay|getHours|getUTCHours|toSQLDate|weekNumber|isoWeek|week|year|month)$/;
const HOUR_MS = 3_600_000;

/**
 * True when `node` quantises what it reads to an hour or coarser, where it is written:
 * `startOf('day')` (dayjs, moment, luxon), a date-only `format('YYYY-MM-DD')`, the first 10
 * (or 7, or 13) characters of an ISO string, `getUTCDate()`-style calendar parts, or
 * `Math.floor(t / N)` with N at least an hour in milliseconds.
 */
export function quantisesClock(ctx: AnalysisContext, node: ts.Expression): boolean {
  const { ts } = ctx;
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const first = node.arguments[0];
    if (
      (method === 'startOf' || method === 'floor' || method === 'truncate') &&
      first !== undefined &&
      ts.isStringLiteralLike(first) &&
      UNITS.test(first.text)
    )
      return true;
    if (DATE_PARTS.test(method)) return true;
    if (
      (method === 'format' || method === 'toFormat') &&
      first !== undefined &&
      ts.isStringLiteralLike(first) &&
      !/[Hhms]/.test(first.text.replace(/\[[^\]]*\]|'[^']*'/g, ''))
    )
      return true;
    if ((method === 'slice' || method === 'substring' || method === 'substr') && isIsoString(ctx, callee.expression)) {
      const [a, b] = node.arguments;
      return (
        a !== undefined && b !== undefined && numberOf(ctx, a) === 0 && [7, 10, 13].includes(numberOf(ctx, b) ?? -1)
      );
    }
    if (callee.expression.getText() === 'Math' && /^(?:floor|round|trunc|ceil)$/.test(method) && first !== undefined)
      return divisor(ctx, first) >= HOUR_MS;
  }
  return false;
}

/** `x.toISOString()` (or `x.toJSON()`): a string whose prefixes are calendar parts. */
function isIsoString(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const { ts } = ctx;
  return (
    ts.isCallExpression(expr) &&
    ts.isPropertyAccessExpression(expr.expression) &&
    /^(?:toISOString|toJSON)$/.test(expr.expression.name.text)
  );
}

/** The product of the constant divisors of `t / a / b` (1 when there are none). */
function divisor(ctx: AnalysisContext, expr: ts.Expression): number {
  const { ts } = ctx;
  const e = skipOuter(ctx, expr);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.SlashToken)
    return divisor(ctx, e.left) * (numberOf(ctx, e.right) ?? 1);
  return 1;
}

/** A constant number: a literal, `60 * 60 * 1000`, a `const` holding one, or a number literal type. */
function numberOf(ctx: AnalysisContext, expr: ts.Expression): number | undefined {
  const { ts, checker } = ctx;
  const e = skipOuter(ctx, expr);
  if (ts.isNumericLiteral(e)) return Number(e.text.replace(/_/g, ''));
  if (
    ts.isBinaryExpression(e) &&
    (e.operatorToken.kind === ts.SyntaxKind.AsteriskToken || e.operatorToken.kind === ts.SyntaxKind.SlashToken)
  ) {
    const a = numberOf(ctx, e.left);
    const b = numberOf(ctx, e.right);
    if (a === undefined || b === undefined) return undefined;
    return e.operatorToken.kind === ts.SyntaxKind.AsteriskToken ? a * b : a / b;
  }
  if (checker !== undefined) {
    const type = checker.getTypeAtLocation(e);
    if (type.isNumberLiteral()) return type.value;
    if (ts.isIdentifier(e)) {
      const d = checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (
        d !== undefined &&
        ts.isVariableDeclaration(d) &&
        d.initializer !== undefined &&
        (d.parent.flags & ts.NodeFlags.Const) !== 0
      )
        return numberOf(ctx, d.initializer);
    }
  }
  return undefined;
}

/** An origin that is a clock read (not randomness or an id): a bucket removes these. */
export function isClockRead(o: Origin): boolean {
  return (
    o.root.kind === 'source' &&
    o.root.sort === 'per-call' &&
    /Date|dayjs|moment|DateTime|Temporal|performance|hrtime/.test(o.root.what)
  );
}
