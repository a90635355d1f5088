import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { isCounterStep, isReadAfterStep } from './counter-step';
import { builtinText, processMember } from './builtin-names';
import type { SourceSort } from './origin';
import { skipOuter } from './outer-expressions';

/**
 * Calls whose result is new on every call, by the callee as written (whitespace removed).
 * The README's "Sources" list is this list.
 */
const PER_CALL_CALLS: readonly RegExp[] = [
  /^(?:(?:globalThis\.|node:)?crypto\.)?(?:randomUUID|randomBytes|randomInt|getRandomValues)$/, // node:crypto, Web Crypto
  /^Date\.now$/,
  /^Math\.random$/,
  /^performance\.now$/,
  /^process\.hrtime(?:\.bigint)?$/, // clock, random
  /^(?:uuid\.)?(?:v1|v4|v6|v7|uuidv1|uuidv4|uuidv7|uuid)$/, // uuid
  /^(?:nanoid|customAlphabet|ulid|monotonicFactory|cuid|createId|cuid2\.createId|ObjectId|Types\.ObjectId|mongoose\.Types\.ObjectId)$/, // nanoid, ulid, cuid/cuid2, Mongo ids
  /^Temporal\.Now\.\w+$/, // Temporal
];
/** Libraries whose call with no arguments reads the clock: `dayjs()`, `moment()`, `Date()`. */
const CLOCK_FACTORIES = /^(?:dayjs|moment|moment\.utc|dayjs\.utc|Date|DateTime\.now|DateTime\.local|DateTime\.utc)$/;
/**
 * Fixed for a process, different between processes: a shared store split by machine or pid. The
 * default locale and time zone (`new Intl.DateTimeFormat().resolvedOptions().timeZone`, a
 * formatter or `toLocaleString()` given no locale: `defaultLocale`) are the machine's (`TZ`, `LANG`).
 */
const PER_PROCESS_CALLS =
  /^(?:os\.)?(?:hostname|networkInterfaces|userInfo)$|^os\.(?:platform|arch|machine|release|type|version)$|^process\.(?:uptime|cpuUsage|memoryUsage|cwd)$|^(?:new)?Intl\.\w+\(\)\.resolvedOptions$/;
/** The process's identity and the machine it runs on: another host of the fleet differs. */
const PER_PROCESS_READS = /^process\.(?:pid|ppid|platform|arch|version|versions(?:\.\w+)?)$|^os\.EOL$/;
/** Formatters and conversions that use the machine's default locale when given none. */
const LOCALE_FORMATTERS =
  /^(?:globalThis\.)?Intl\.(?:DateTimeFormat|NumberFormat|PluralRules|RelativeTimeFormat|ListFormat|DisplayNames)$/;
/**
 * (Not `localeCompare` nor `Intl.Collator`: a comparator only orders, and a canonical sort of
 * plain keys comes out the same in every locale; nor `Intl.Segmenter`, whose graphemes are the
 * same in every locale. A formatted value carries the locale into the answer.)
 */
const LOCALE_CONVERSIONS = /^(?:toLocale(?:Date|Time)?String|toLocale(?:Upper|Lower)Case)$/;
/** The language's own values, whose locale methods use the default locale. */
const BUILTIN_VALUES = new Set(['Date', 'Array', 'ReadonlyArray', 'Number', 'BigInt', 'String']);
/**
 * Units of work whose identity is new for every one of them: HTTP requests, queue jobs and
 * messages, function invocations. Their id and tracing properties are per-call.
 */
const REQUEST_TYPES = new Set([
  'Request',
  'IncomingMessage',
  'FastifyRequest',
  'Http2ServerRequest',
  'NextRequest',
  'ExpressRequest',
]);
/** The same for queue jobs and messages, when the type is a library's (a program's own `Job` is just data). */
const WORK_TYPES = new Set([
  'Job',
  'Message',
  'ConsumeMessage',
  'KafkaMessage',
  'SQSRecord',
  'EachMessagePayload',
  'JobContext',
]);
const REQUEST_ID_PROPERTIES =
  /^(?:id|requestId|reqId|traceId|correlationId|messageId|awsRequestId|deliveryTag|jobId|timestamp|processedOn|attemptsMade)$/;
const REQUEST_ID_HEADERS = /request-?id|trace|correlation|span-?id|idempotency|x-amzn-trace-id/i;

export interface Source {
  readonly sort: SourceSort;
  /** How the diagnostic names it: `randomUUID()`, `req.headers['x-request-id']`. */
  readonly what: string;
  /** The fix particular to this source, when there is one (`name the locale: 'en-US'`). */
  readonly fix?: string;
}

/**
 * The source `node` is itself, or undefined. Syntax first (the callee as written); request
 * reads need the checker (the receiver's type). `perCallSources` from the plugin options adds
 * callees (`"ids.next"`, `"makeJobId"`), matched as written or as the last segments.
 */
export function sourceAt(ctx: AnalysisContext, node: ts.Node): Source | undefined {
  const { ts } = ctx;
  if (ts.isCallExpression(node)) {
    const callee = calleeText(ctx, node.expression);
    const what = `${node.expression.getText()}()`;
    if (PER_CALL_CALLS.some((re) => re.test(callee))) return { sort: 'per-call', what };
    if (CLOCK_FACTORIES.test(callee) && node.arguments.length === 0) return { sort: 'per-call', what };
    if (PER_PROCESS_CALLS.test(callee)) return { sort: 'per-process', what };
    const locale = defaultLocale(ctx, node);
    if (locale !== undefined) return locale;
    if (userSource(ctx, callee)) return { sort: 'per-call', what };
    if (configServiceRead(ctx, node)) return { sort: 'config', what };
    if (aliasesPerCall(ctx, node.expression)) return { sort: 'per-call', what };
    if (isCounterStep(ctx, node)) return { sort: 'per-call', what: `${what} (an iterator stepped on every call)` };
    return requestHeaderCall(ctx, node);
  }
  if (ts.isNewExpression(node)) {
    const locale = defaultLocale(ctx, node);
    if (locale !== undefined) return locale;
  }
  if (isCounterStep(ctx, node))
    return { sort: 'per-call', what: `${node.getText()} (a counter stepped on every call)` };
  if (isReadAfterStep(ctx, node))
    return { sort: 'per-call', what: `${node.getText()} (a counter stepped on every call, read after its step)` };
  if (
    ts.isNewExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'Date' &&
    (node.arguments?.length ?? 0) === 0
  ) {
    return { sort: 'per-call', what: 'new Date()' };
  }
  if (ts.isIdentifier(node)) {
    // `argv` imported from 'node:process', `EOL` from 'node:os'
    const member = processMember(ctx, node);
    if (member !== undefined) return processSource(`process.${member}`);
    const parent = node.parent;
    if ((ts.isPropertyAccessExpression(parent) && parent.name === node) || ts.isPropertyAssignment(parent))
      return undefined;
    const text = builtinText(ctx, node);
    return text.startsWith('os.') ? processSource(text) : undefined;
  }
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
    return processSource(builtinText(ctx, node)) ?? requestRead(ctx, node);
  return undefined;
}

/**
 * `new Intl.NumberFormat()`, `Intl.DateTimeFormat(undefined, …)`, `amount.toLocaleString()`:
 * with no locale they format for the machine's (`LANG`, ICU's default), which is the process's,
 * like its time zone.
 */
function defaultLocale(ctx: AnalysisContext, node: ts.CallExpression | ts.NewExpression): Source | undefined {
  const { ts } = ctx;
  const callee = node.expression;
  const formatter = LOCALE_FORMATTERS.test(calleeText(ctx, callee));
  // the language's own conversions (`(1234.5).toLocaleString()`, a Date's, a string's
  // `toLocaleUpperCase()`), not a class of the program or a library that chose its locale another way
  const conversion =
    ts.isPropertyAccessExpression(callee) &&
    LOCALE_CONVERSIONS.test(callee.name.text) &&
    builtinValue(ctx, callee.expression);
  if (!formatter && !conversion) return undefined;
  const locale = node.arguments?.[0];
  const unset =
    locale === undefined ||
    locale.kind === ts.SyntaxKind.UndefinedKeyword ||
    (ts.isIdentifier(locale) && locale.text === 'undefined') ||
    (ts.isArrayLiteralExpression(locale) && locale.elements.length === 0);
  const text = node.getText().replace(/\s+/g, ' ');
  const what = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  if (unset)
    return {
      sort: 'per-process',
      what: `${what} (the machine's default locale)`,
      fix: "name the locale (`'en-US'`, or one the method is passed)",
    };
  // a date is written in a time zone: the machine's (`TZ`), unless the options name one
  const dates = formatter
    ? /DateTimeFormat$/.test(calleeText(ctx, callee))
    : ts.isPropertyAccessExpression(callee) &&
      /^toLocale(?:Date|Time)?String$/.test(callee.name.text) &&
      isDate(ctx, callee.expression);
  if (!dates || !namesNoTimeZone(ctx, node.arguments?.[1])) return undefined;
  return {
    sort: 'per-process',
    what: `${what} (the machine's time zone)`,
    fix: "name the time zone (`timeZone: 'UTC'`, or one the method is passed)",
  };
}

/**
 * Options that certainly name no time zone: none, or an object literal without `timeZone` (and
 * without a spread that could bring one). Options built elsewhere are not judged.
 */
function namesNoTimeZone(ctx: AnalysisContext, options: ts.Expression | undefined): boolean {
  const { ts } = ctx;
  if (options === undefined) return true;
  if (!ts.isObjectLiteralExpression(options)) return false;
  return options.properties.every(
    (p) => !ts.isSpreadAssignment(p) && !(p.name !== undefined && /^['"]?timeZone['"]?$/.test(p.name.getText())),
  );
}

/** A `Date` of the language's own. */
function isDate(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const symbol = ctx.checker?.getNonNullableType(ctx.checker.getTypeAtLocation(expr)).getSymbol();
  return symbol?.getName() === 'Date' && builtinValue(ctx, expr);
}

/** A number, bigint, string, `Date` or array (not a class of the program or a library's). */
function builtinValue(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(expr));
  if (type.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.StringLike)) return true;
  const symbol = type.getSymbol();
  return (
    symbol !== undefined &&
    BUILTIN_VALUES.has(symbol.getName()) &&
    (symbol.declarations ?? []).some((d) => /[\\/]lib\.[\w.]+\.d\.ts$/.test(d.getSourceFile().fileName))
  );
}

/**
 * `this.config.get('MODEL')` on a NestJS `ConfigService` (or one named so): the process's
 * configuration behind a service, as `process.env.MODEL` is.
 */
function configServiceRead(ctx: AnalysisContext, node: ts.CallExpression): boolean {
  const { ts, checker } = ctx;
  const callee = node.expression;
  if (checker === undefined || !ts.isPropertyAccessExpression(callee) || !/^get(?:OrThrow)?$/.test(callee.name.text))
    return false;
  const receiver = checker.getNonNullableType(checker.getTypeAtLocation(callee.expression));
  return (receiver.aliasSymbol ?? receiver.getSymbol())?.getName() === 'ConfigService';
}

/** A read of the process (`process.pid`, `process.env.REGION`) as a source, by its text. */
function processSource(text: string): Source | undefined {
  if (PER_PROCESS_READS.test(text)) return { sort: 'per-process', what: text };
  if (/^process\.(?:env|argv|execArgv)(?:\.|\[|$)/.test(text)) return { sort: 'config', what: text };
  return undefined;
}

function calleeText(ctx: AnalysisContext, callee: ts.Expression): string {
  return builtinText(ctx, callee)
    .replace(/^this\./, '')
    .replace(/^\(0,/, '')
    .replace(/\)$/, '');
}

function userSource(ctx: AnalysisContext, callee: string): boolean {
  return (ctx.options.perCallSources ?? []).some((s) => callee === s || callee.endsWith(`.${s}`));
}

/** `req.id`, `req.headers['x-request-id']`, `req.headers.traceparent` on a request-typed `req`. */
function requestRead(
  ctx: AnalysisContext,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
): Source | undefined {
  const { ts, checker } = ctx;
  if (checker === undefined) return undefined;
  const name = propertyName(ctx, node);
  if (name === undefined) return undefined;
  const target = node.expression;
  if (
    ts.isPropertyAccessExpression(target) &&
    target.name.text === 'headers' &&
    REQUEST_ID_HEADERS.test(name) &&
    isRequest(ctx, target.expression)
  ) {
    return { sort: 'request', what: node.getText() };
  }
  if (REQUEST_ID_PROPERTIES.test(name) && isRequest(ctx, target)) return { sort: 'request', what: node.getText() };
  return undefined;
}

/** `req.header('x-request-id')`, `req.get('X-Request-Id')` on a request-typed `req` (Express). */
function requestHeaderCall(ctx: AnalysisContext, node: ts.CallExpression): Source | undefined {
  const { ts } = ctx;
  const callee = node.expression;
  const first = node.arguments[0];
  if (ctx.checker === undefined || !ts.isPropertyAccessExpression(callee) || !/^(?:header|get)$/.test(callee.name.text))
    return undefined;
  if (
    first === undefined ||
    !ts.isStringLiteralLike(first) ||
    !REQUEST_ID_HEADERS.test(first.text) ||
    !isRequest(ctx, callee.expression)
  )
    return undefined;
  return { sort: 'request', what: node.getText() };
}

function propertyName(
  ctx: AnalysisContext,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
): string | undefined {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
}

/** A value of a request (or a library's queue job or message) type: the unit of work being served. */
export function isRequest(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const type = ctx.checker!.getTypeAtLocation(expr);
  const symbols = [
    type.getSymbol(),
    type.aliasSymbol,
    ...(type.isIntersection() ? type.types.map((t) => t.getSymbol()) : []),
  ];
  return symbols.some(
    (s) =>
      s !== undefined &&
      (REQUEST_TYPES.has(s.getName()) ||
        (WORK_TYPES.has(s.getName()) && (s.declarations ?? []).some((d) => d.getSourceFile().isDeclarationFile))),
  );
}

/**
 * `nextId()` where `const nextId = customAlphabet(…)` (a generator a factory made) or
 * `const uuid = crypto.randomUUID` (an alias), in this module or imported: the call is the
 * source it stands for.
 */
function aliasesPerCall(ctx: AnalysisContext, callee: ts.Expression, seen = new Set<ts.Node>()): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined || !ts.isIdentifier(callee)) return false;
  let symbol = checker.getSymbolAtLocation(callee);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (
    declaration === undefined ||
    !ts.isVariableDeclaration(declaration) ||
    declaration.initializer === undefined ||
    seen.has(declaration)
  )
    return false;
  if ((declaration.parent.flags & ts.NodeFlags.Const) === 0) return false;
  seen.add(declaration);
  const init = skipOuter(ctx, declaration.initializer);
  if (ts.isCallExpression(init)) return sourceAt(ctx, init)?.sort === 'per-call';
  if (ts.isIdentifier(init) || ts.isPropertyAccessExpression(init)) {
    const text = calleeText(ctx, init);
    return PER_CALL_CALLS.some((re) => re.test(text)) || aliasesPerCall(ctx, init, seen);
  }
  return false;
}
