import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import type { Origin } from './provenance/origin';
import { calledFunction, returnedExpressions } from './provenance/resolve-function';
import { isStride } from './stride';
import type { Provenance } from './provenance/trace-value';

/** Calls whose arguments go to a log, not upstream: `console.log`, `this.logger.info`. */
const LOGGING = /(?:^|\.)(?:console|logger|log|_logger|tracer|span|metrics|sentry|statsd|telemetry)\./i;

/**
 * Where a memoised body's values go: the arguments of the calls it makes (the upstream request;
 * logging calls aside) and what it returns. Their origins tell whether a read of the
 * environment or of a module `let` shapes the output.
 */
export function outputOrigins(ctx: AnalysisContext, engine: Provenance, site: MemoisedSite): Origin[] {
  const { ts } = ctx;
  const out: Origin[] = [];
  const body = site.fn.body;
  if (body === undefined) return out;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && !isLoggingCall(ctx, node)) {
      for (const arg of node.arguments) out.push(...engine.originsOf(ts.isSpreadElement(arg) ? arg.expression : arg));
    }
    if (ts.isClassLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(body);
  for (const returned of returnedExpressions(ctx, site.fn)) out.push(...engine.originsOf(returned));
  return out;
}

/**
 * True when a read decides which way the body goes (`switch (mode)`, `if (flag)`, `flag ? a : b`,
 * a loop's condition) and that choice is not only about logging: what the body asks or returns
 * then depends on it as much as on a value it sends.
 */
export function decidesFlow(ctx: AnalysisContext, read: ts.Node): boolean {
  const { ts } = ctx;
  if (shapesNoAnswer(ctx, read)) return false;
  for (let node = read; node.parent !== undefined; node = node.parent) {
    const parent = node.parent;
    if (
      (ts.isSwitchStatement(parent) && parent.expression === node) ||
      (ts.isIfStatement(parent) && parent.expression === node) ||
      (ts.isConditionalExpression(parent) && parent.condition === node) ||
      ((ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === node) ||
      (ts.isForStatement(parent) && parent.condition === node)
    )
      return true;
    if (ts.isStatement(parent) || ts.isFunctionLike(parent)) return false;
  }
  return false;
}

/** A header (or option) naming the client: `'User-Agent'`, `userAgent`. */
/**
 * Headers that say who is asking or which call this is, not what is asked: the client's name and
 * version, a trace or correlation id, an idempotency key (the server dedupes retries by it).
 */
const TRAVEL_HEADER =
  /^['"`]?(?:user-?agent|x-client-name|x-(?:request|correlation|trace|amzn-trace)-id|traceparent|tracestate|(?:x-)?idempotency-key|idempotencyKey)['"`]?$/i;
/**
 * `node` is part of a read of one travel header (`req.headers['x-request-id']`,
 * `request.get('traceparent')`, `headers.get('x-correlation-id')`) whose value is only sent on
 * (`onlySent`): which call this is, not what it asks. Branched on or looked up by, it asks.
 */
export function takesTravelHeader(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  const travel = (e: ts.Expression): boolean => ts.isStringLiteralLike(e) && TRAVEL_HEADER.test(e.text);
  if (ts.isElementAccessExpression(node) && travel(node.argumentExpression)) return onlySent(ctx, node, 0);
  for (let n = node; ; n = n.parent) {
    const parent = n.parent;
    if (ts.isElementAccessExpression(parent) && parent.expression === n)
      return travel(parent.argumentExpression) && onlySent(ctx, parent, 0);
    if (ts.isCallExpression(parent) && parent.expression === n) {
      const name = ts.isPropertyAccessExpression(n) ? n.name.text : '';
      const [header] = parent.arguments;
      return /^(?:get|header)$/.test(name) && header !== undefined && travel(header) && onlySent(ctx, parent, 0);
    }
    if (!(ts.isPropertyAccessExpression(parent) && parent.expression === n)) return false;
  }
}

/**
 * Every use of the value `read` gives is sending it on: a property of an object handed to a call
 * (a header, the provider's metadata), a log line, `headers.set(name, value)`, or a `const` used
 * so. Not a condition, a test of it (`/Mobile/.test(ua)`), a lookup by it (`responses.get(key)`),
 * a part of a URL, or what the function returns.
 */
function onlySent(ctx: AnalysisContext, read: ts.Node, depth: number): boolean {
  const { ts } = ctx;
  let inObject = false;
  for (let node = read; node.parent !== undefined; node = node.parent) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
      if (!ts.isIdentifier(parent.name) || depth >= MAX_LOCAL_HOPS || ctx.checker === undefined) return false;
      const symbol = ctx.checker.getSymbolAtLocation(parent.name);
      const scope = parent.parent.parent.parent;
      const uses: ts.Node[] = [];
      const visit = (n: ts.Node): void => {
        if (ts.isIdentifier(n) && n !== parent.name && n.text === parent.name.getText()) {
          const at = ts.isShorthandPropertyAssignment(n.parent)
            ? ctx.checker!.getShorthandAssignmentValueSymbol(n.parent)
            : ctx.checker!.getSymbolAtLocation(n);
          if (at === symbol) uses.push(n);
        }
        ts.forEachChild(n, visit);
      };
      if (scope !== undefined) visit(scope);
      return uses.length > 0 && uses.every((u) => onlySent(ctx, u, depth + 1));
    }
    if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) {
      const callee = parent.expression;
      return (
        isLoggingCall(ctx, parent) ||
        inObject ||
        (ts.isPropertyAccessExpression(callee) &&
          /^(?:set|append)$/.test(callee.name.text) &&
          parent.arguments[1] === node)
      );
    }
    if (
      (ts.isPropertyAssignment(parent) && parent.initializer === node) ||
      (ts.isShorthandPropertyAssignment(parent) && parent.name === node)
    )
      inObject = true;
    else if (
      !ts.isObjectLiteralExpression(parent) &&
      !ts.isParenthesizedExpression(parent) &&
      !ts.isAsExpression(parent) &&
      !ts.isTemplateSpan(parent) &&
      !ts.isTemplateExpression(parent) &&
      !(
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken &&
        parent.left === node
      )
    )
      return false;
  }
  return false;
}

/** Options that only bound how long a call may take or how often it is tried. */
const TIMING_OPTION =
  /^['"`]?(?:\w*[tT]imeout\w*|deadline\w*|\w*[rR]etries|retry|maxAttempts|backoff\w*|retryDelay\w*)['"`]?$/;
/**
 * A name that says how a request travels rather than what it asks: a timeout or retry option, or
 * a header of who is asking or which call this is (`userAgent`, `'x-request-id'`). Where the name
 * sits decides whether it is one (`transportOption`); a client's construction is always such a place.
 */
export function travelName(name: string): boolean {
  return TIMING_OPTION.test(name) || TRAVEL_HEADER.test(name);
}

/**
 * A property of how a request travels, not of what it asks: a `User-Agent` header (spelled as the
 * header, `'User-Agent'`, wherever the object is built; spelled `userAgent`, among headers or
 * options), or a timeout or retry option of a call's options (an argument after the first: `fetch(url, { … })`,
 * `create(body, { timeout })`) or of a client's construction (`new OpenAI({ maxRetries })`). The
 * same names in the request itself (`search({ query, timeout })`, whose timeout cuts the hits) or
 * in what is returned are what is asked or answered.
 */
function transportOption(
  ctx: AnalysisContext,
  property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
): boolean {
  const { ts } = ctx;
  const key = property.name.getText();
  const timing = TIMING_OPTION.test(key);
  if (!timing && !TRAVEL_HEADER.test(key)) return false;
  let object: ts.Node = property.parent;
  let headers = false;
  while (ts.isPropertyAssignment(object.parent) && ts.isObjectLiteralExpression(object.parent.parent)) {
    headers ||= /^['"`]?headers['"`]?$/i.test(object.parent.name.getText());
    object = object.parent.parent;
  }
  const call = object.parent;
  const args: readonly ts.Node[] = ts.isCallExpression(call) || ts.isNewExpression(call) ? (call.arguments ?? []) : [];
  const at = args.indexOf(object);
  // `post(url, body, options)`: a verb that sends a body takes its options after it
  const callee = ts.isCallExpression(call) ? call.expression : undefined;
  // (options that carry the body themselves, `post(url, { json, timeout })` in ky or got, are options)
  const carriesBody =
    ts.isObjectLiteralExpression(object) &&
    object.properties.some((p) => p.name !== undefined && /^(?:json|body|form|data)$/.test(p.name.getText()));
  const sendsBody =
    callee !== undefined &&
    ts.isPropertyAccessExpression(callee) &&
    /^(?:post|put|patch)$/i.test(callee.name.text) &&
    !carriesBody;
  const options = at >= (sendsBody ? 2 : 1) || (at === 0 && ts.isNewExpression(call));
  // `'User-Agent'` spelled as the header is one wherever it is built (`const headers = { … }`)
  if (!timing && /-/.test(key)) return true;
  return timing ? options && !headers : headers || options;
}

/**
 * A loop that tries until one try succeeds: its body holds a `try` that returns, and what follows
 * the loop is a `throw`. A failed try is never cached, so the answer is the first success however
 * many tries the bound allows. A loop that gathers pages, or ends in a fallback answer, is not one.
 */
function isRetryLoop(ctx: AnalysisContext, loop: ts.IterationStatement): boolean {
  const { ts } = ctx;
  const body = loop.statement;
  if (!ts.isBlock(body) || !ts.isBlock(loop.parent)) return false;
  const after = loop.parent.statements[loop.parent.statements.indexOf(loop) + 1];
  return (
    after !== undefined &&
    ts.isThrowStatement(after) &&
    body.statements.some((s) => ts.isTryStatement(s) && s.tryBlock.statements.some((t) => returns(ctx, t)))
  );
}

/** A statement that returns from its function (not from a callback inside it). */
function returns(ctx: AnalysisContext, statement: ts.Node): boolean {
  const { ts } = ctx;
  if (ts.isReturnStatement(statement)) return true;
  if (ts.isFunctionLike(statement)) return false;
  return ts.forEachChild(statement, (c) => returns(ctx, c) || undefined) === true;
}

/** Calls that only wait: what they are given sets how long, not what is answered. */
const WAITS = /^(?:AbortSignal\.timeout|setTimeout|setInterval|sleep|delay|timers\.setTimeout)$/;

/**
 * Instruments that only record, by their type's name: prom-client's and OpenTelemetry's metrics
 * (`latency.observe(ms, { pod })`, `requests.add(1, attrs)`), spans, tracers, loggers.
 */
const RECORDERS =
  /^(?:Histogram|Counter|Gauge|Summary|UpDownCounter|ObservableGauge|Meter|Span|Tracer|Logger|StatsD|Metrics)$/;

/** Calls that only record: a log line, a metric, a span attribute. */
function isLoggingCall(ctx: AnalysisContext, node: ts.CallExpression): boolean {
  if (LOGGING.test(`${node.expression.getText()}.`)) return true;
  const { ts, checker } = ctx;
  if (checker === undefined || !ts.isPropertyAccessExpression(node.expression)) return false;
  const receiver = checker.getNonNullableType(checker.getTypeAtLocation(node.expression.expression));
  const symbol = receiver.aliasSymbol ?? receiver.getSymbol();
  if (symbol === undefined || !RECORDERS.test(symbol.getName())) return false;
  // a library's instrument, or one of the program's whose methods return nothing or another
  // recorder (`span.setAttribute(…)` returns the span): what it is given is recorded, never read
  // back (a prompt builder named `Summary` with a `text()` is not one)
  if ((symbol.declarations ?? []).some((d) => d.getSourceFile().isDeclarationFile)) return true;
  const records = (c: ts.Signature): boolean => {
    const returned = c.getReturnType();
    const name = (returned.aliasSymbol ?? returned.getSymbol())?.getName();
    return (
      (returned.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0 ||
      (name !== undefined && RECORDERS.test(name))
    );
  };
  return receiver.getProperties().every((p) => {
    const calls = checker.getTypeOfSymbolAtLocation(p, node).getCallSignatures();
    return calls.length > 0 && calls.every(records);
  });
}

/**
 * True when a read inside a memoised body shapes no answer: it only goes to a log, a metric or an error message
 * (errors are never cached): an argument of a logging call, a `throw`, the condition of an
 * `if` whose branches only log, or the initializer of a `const` every use of which is one of
 * these (`const reqId = store.getStore()?.id; logger.log(reqId); metrics.increment(…, { reqId })`),
 * or the value of a `User-Agent` header, which tells the server who is asking, as a log line
 * tells a reader (`'user-agent': \`billing/2.1 (${process.platform})\``, `headers.set('User-Agent',
 * …)`). So is what only sets how long to wait or how often to try: a timeout or retry option of how
 * the request travels (`transportOption`), what a wait is given (`AbortSignal.timeout(ms)`, a
 * delay), the bound of a retry loop (`isRetryLoop`). Such a read does not shape the answer.
 */
export function shapesNoAnswer(ctx: AnalysisContext, read: ts.Node, depth = 0): boolean {
  const { ts } = ctx;
  if (cancelsOnly(ctx, read)) return true;
  for (let node = read; node.parent !== undefined; node = node.parent) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) && parent.initializer === node)
      return depth < MAX_LOCAL_HOPS && everyUseShapesNoAnswer(ctx, parent, depth + 1);
    if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression) && isLoggingCall(ctx, parent))
      return true;
    if (ts.isThrowStatement(parent)) return true;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node && transportOption(ctx, parent)) return true;
    // `{ timeout }`: the name is the option's
    if (ts.isShorthandPropertyAssignment(parent) && parent.name === node && transportOption(ctx, parent)) return true;
    // `headers.set('User-Agent', ua)`, `headers['User-Agent'] = ua`
    if (
      ts.isCallExpression(parent) &&
      parent.arguments[1] === node &&
      ts.isPropertyAccessExpression(parent.expression) &&
      /^(?:set|append)$/.test(parent.expression.name.text) &&
      TRAVEL_HEADER.test(parent.arguments[0]!.getText())
    )
      return true;
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === node &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isElementAccessExpression(parent.left) &&
      TRAVEL_HEADER.test(parent.left.argumentExpression.getText())
    )
      return true;
    if (
      ts.isCallExpression(parent) &&
      parent.arguments.includes(node as ts.Expression) &&
      WAITS.test(parent.expression.getText().replace(/\s+/g, ''))
    )
      return true;
    if (
      ((ts.isForStatement(parent) && parent.condition === node) ||
        ((ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === node)) &&
      isRetryLoop(ctx, parent)
    )
      return true;
    // a batch or chunk size: how the same elements are cut into requests (stride.ts)
    if (ts.isBinaryExpression(parent) && isStride(ctx, parent, node)) return true;
    // handed to a function of the program that only uses it so (`inBatches(items, size, embed)`)
    if (
      ts.isCallExpression(parent) &&
      parent.arguments.includes(node as ts.Expression) &&
      depth < MAX_LOCAL_HOPS &&
      parameterShapesNoAnswer(ctx, parent, parent.arguments.indexOf(node as ts.Expression), depth + 1)
    )
      return true;
    if (ts.isIfStatement(parent) && parent.expression === node)
      return (
        onlyLogs(ctx, parent.thenStatement) &&
        (parent.elseStatement === undefined || onlyLogs(ctx, parent.elseStatement))
      );
    if (ts.isFunctionLike(parent) || ts.isSourceFile(parent)) return false;
    if (ts.isStatement(parent) && !ts.isBlock(parent)) {
      if (
        ts.isExpressionStatement(parent) &&
        ts.isCallExpression(parent.expression) &&
        isLoggingCall(ctx, parent.expression)
      )
        return true;
      // `stats.byChain[id] = (stats.byChain[id] ?? 0) + 1`: feeds a write to module state, not the answer
      if (ts.isExpressionStatement(parent) && writesModuleState(ctx, parent.expression)) return true;
    }
  }
  return false;
}

/**
 * A cancellation signal (`AbortSignal`, or the `AbortController` that fires one) handed on to
 * what it cancels (`fetch(url, { signal })`, `signal.addEventListener('abort', …)`,
 * `signal.throwIfAborted()`) can only make a call fail, and a failure is never cached: it shapes no
 * answer. Code that asks it (`if (signal.aborted) break;`, `signal.reason`) decides with it, and
 * is judged like any other read.
 */
function cancelsOnly(ctx: AnalysisContext, read: ts.Node): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(read));
  const name = type.getSymbol()?.getName();
  if (name !== 'AbortSignal' && name !== 'AbortController') return false;
  const parent = read.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === read) {
    if (parent.name.text === 'signal') return cancelsOnly(ctx, parent); // `controller.signal` is the signal
    return /^(?:addEventListener|removeEventListener|throwIfAborted|abort)$/.test(parent.name.text);
  }
  // handed on: an argument, an option's value, a binding (`if (signal)` tests it instead)
  return (
    (ts.isCallExpression(parent) && parent.arguments.includes(read as ts.Expression)) ||
    (ts.isPropertyAssignment(parent) && parent.initializer === read) ||
    ts.isShorthandPropertyAssignment(parent) ||
    (ts.isVariableDeclaration(parent) && parent.initializer === read)
  );
}

/** How many `const` hops a log-only read is followed through (`const a = read; const b = a; log(b)`). */
const MAX_LOCAL_HOPS = 4;

/** Every read of the `const` that `declaration` declares shapes no answer (and there is at least one). */
function everyUseShapesNoAnswer(ctx: AnalysisContext, declaration: ts.VariableDeclaration, depth: number): boolean {
  const { ts } = ctx;
  if (!ts.isIdentifier(declaration.name) || !(declaration.parent.flags & ts.NodeFlags.Const)) return false;
  const scope = declaration.parent.parent.parent; // const list → statement → its block
  return scope !== undefined && everyReadShapesNoAnswer(ctx, declaration.name, scope, depth);
}

/** The parameter at `index` of the program function `call` calls is only read where it shapes no answer. */
function parameterShapesNoAnswer(ctx: AnalysisContext, call: ts.CallExpression, index: number, depth: number): boolean {
  const { ts } = ctx;
  const fn = calledFunction(ctx, call.expression);
  const param = fn?.parameters[index];
  return (
    fn?.body !== undefined &&
    param !== undefined &&
    param.dotDotDotToken === undefined &&
    ts.isIdentifier(param.name) &&
    everyReadShapesNoAnswer(ctx, param.name, fn.body, depth)
  );
}

/** `name` (a binding's own name) is read at least once in `scope`, and no read shapes an answer. */
function everyReadShapesNoAnswer(ctx: AnalysisContext, name: ts.Identifier, scope: ts.Node, depth: number): boolean {
  const { ts, checker } = ctx;
  const symbol = checker?.getSymbolAtLocation(name);
  if (checker === undefined || symbol === undefined) return false;
  let uses = 0;
  let shapesNone = true;
  const visit = (node: ts.Node): void => {
    if (!shapesNone) return;
    if (ts.isIdentifier(node) && node !== name && node.text === name.text) {
      const at = ts.isShorthandPropertyAssignment(node.parent)
        ? checker.getShorthandAssignmentValueSymbol(node.parent)
        : checker.getSymbolAtLocation(node);
      if (at === symbol) {
        uses += 1;
        if (!shapesNoAnswer(ctx, node, depth)) shapesNone = false;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return shapesNone && uses > 0;
}

function onlyLogs(ctx: AnalysisContext, statement: ts.Statement): boolean {
  const { ts } = ctx;
  if (ts.isBlock(statement)) return statement.statements.every((s) => onlyLogs(ctx, s));
  if (ts.isThrowStatement(statement)) return true;
  return (
    ts.isExpressionStatement(statement) &&
    ts.isCallExpression(statement.expression) &&
    isLoggingCall(ctx, statement.expression)
  );
}

/** An assignment statement whose target lives at module level (`stats.calls += 1`, `lastSeen[id] = x`). */
function writesModuleState(ctx: AnalysisContext, expr: ts.Expression): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  const target =
    ts.isBinaryExpression(expr) &&
    expr.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    expr.operatorToken.kind <= ts.SyntaxKind.LastAssignment
      ? expr.left
      : undefined;
  if (target === undefined) return false;
  let root: ts.Expression = target;
  while (
    ts.isPropertyAccessExpression(root) ||
    ts.isElementAccessExpression(root) ||
    ts.isParenthesizedExpression(root)
  )
    root = root.expression;
  if (!ts.isIdentifier(root)) return false;
  const declaration = checker.getSymbolAtLocation(root)?.valueDeclaration;
  if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return false;
  const statement = declaration.parent.parent;
  return ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent);
}
