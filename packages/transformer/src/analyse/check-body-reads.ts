import type * as ts from 'typescript';
import { lineOf } from './provenance/describe-path';
import { calledFunction, ownConstOf, returnedExpressions, valueSymbolAt } from './provenance/resolve-function';
import { accessRoot, skipOuter } from './provenance/outer-expressions';
import { envReadNameOf, processMember, processReadName } from './provenance/builtin-names';
import { decides, type InputPlan } from './plan-inputs';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { finding, type Finding } from './finding';
import type { ClassFieldPlan } from './plan-class-fields';
import type { MethodPlan } from './plan-method';
import type { Provenance } from './provenance/trace-value';
import type { BodyReads } from './read-body';
import { decidesFlow, shapesNoAnswer, outputOrigins } from './read-outputs';
import { configuredClient } from './configured-client';
import { CREDENTIAL, isCredential, madeByProcess } from './classify-input';
import { credentialFromData } from './credential-origin';
import { sourceAt } from './provenance/per-call-sources';
import { isCounterStep, isReadAfterStep } from './provenance/counter-step';

/**
 * "Nothing less": what a memoised body reads besides its arguments. A plain-data class field
 * with no key decision (91040; a read inside a key parameter's default is already in the key),
 * a field marked both ways (91003), `process.env` or the process itself (`os.hostname()`: 91041,
 * 91044 when it reaches the request or the answer), a module `let` (91042), the clock or
 * a random source (91043), `arguments` (91005).
 */
export function checkBodyReads(
  ctx: AnalysisContext,
  site: MemoisedSite,
  plan: MethodPlan,
  reads: BodyReads,
  fields: ClassFieldPlan,
  engine: Provenance,
  decided: InputPlan,
): Finding[] {
  const method = site.defaultId;
  const findings: Finding[] = [];
  const outputs = reads.env.length > 0 || reads.moduleLets.length > 0 ? outputOrigins(ctx, engine, site) : [];
  const reachingEnv = new Set(
    outputs.flatMap((o) =>
      o.root.kind === 'source' && (o.root.sort === 'config' || o.root.sort === 'per-process') ? [o.root.node] : [],
    ),
  );
  const reachingLets = new Set(outputs.flatMap((o) => (o.root.kind === 'binding' ? [o.root.symbol] : [])));
  for (const node of reads.argumentsReads) {
    findings.push(
      finding(
        'UnplannableArguments',
        node,
        `${method} reads \`arguments\`, so its inputs are not its declared parameters and keyproof cannot plan its key. Fix: declare every input as a named parameter.`,
      ),
    );
  }
  for (const node of reads.env) {
    // a credential authenticates the request and what only says who asks or how the request
    // travels (a `User-Agent`, a timeout) shapes no answer: no decision is needed, nothing is said
    if (CREDENTIAL.test(envName(ctx, node).split(' ')[0] ?? '') || shapesNoAnswer(ctx, node)) continue;
    // stated in the doc comment (`@cacheKey process.env.REGION`, `@excludeFromKey SHIPPING_MODE reason`)
    const named = decisionName(ctx, node);
    if (isStated(ctx, node, reads, decided)) continue;
    const reaches = reachingEnv.has(reads.envSource.get(node) ?? node) || decidesFlow(ctx, node);
    findings.push(
      finding(
        reaches ? 'EnvInOutput' : 'EnvRead',
        node,
        `${method} reads ${envName(ctx, node)}${reaches ? ' and sends it upstream (or returns it)' : ''}, which shapes its output but is not in the cache key: ` +
          (perProcess(ctx, node)
            ? 'it differs between machines and processes, and processes sharing the store serve each other answers computed under their own value. '
            : 'after a configuration change the cache serves results computed under the old value. ') +
          `Fix: ${fixOf(ctx, node)}${named !== undefined ? `add \`@cacheKey ${named}\` to ${method}'s doc comment (it joins the key), ` : ''}read it once into a \`@cacheKey\` class field (or pass it as a parameter), or add the method's dependence to \`version\`.`,
      ),
    );
  }
  const stamped = reads.clock === undefined ? perCallInAnswer(ctx, engine, site) : undefined;
  if (stamped?.counter === true) {
    // a counter is state: the answer depends on how many calls came before (principle: state under any name)
    findings.push(
      finding(
        'UndecidedInput',
        stamped.at,
        `${method} returns ${stamped.what} (line ${lineOf(ctx, stamped.source)}) through ${stamped.via}: a counter the program steps on every call, so the answer depends on how many calls came before, and a cached result keeps the count of the call that filled the cache. ` +
          'Fix: number outside the memoised method: the caller steps the counter and adds the number to what the memoised call returns (or passes it in, and decides whether it is in the key).',
      ),
    );
  } else if (stamped !== undefined) {
    findings.push(
      finding(
        'ClockRead',
        stamped.at,
        `${method} returns ${stamped.what} (line ${lineOf(ctx, stamped.source)}) through ${stamped.via}, a value made new on every call: a cached result keeps the value of the call that filled the cache, and every hit returns it. ` +
          'Fix: make the value outside the memoised method and add it to what the caller gets, pass it as a parameter (then decide whether it is in the key), or acknowledge it in the doc comment ("@acknowledge 91043 reason") if a stale value is what callers should see.',
      ),
    );
  }
  if (reads.clock !== undefined) {
    findings.push(
      finding(
        'ClockRead',
        reads.clock.node,
        `${method} reads ${reads.clock.what} in its body: the output depends on a value that is new on every call, but a cached result keeps the value of the call that filled the cache. ` +
          'Fix: pass the value as a parameter (then decide whether it is in the key), or acknowledge it in the doc comment ("@acknowledge 91043 reason") if it does not shape the result (timing, logging).',
      ),
    );
  }
  for (const node of reads.moduleLets) {
    if (decides(decided, node.text)) continue;
    const symbol = valueSymbolAt(ctx, node);
    const reaches =
      !shapesNoAnswer(ctx, node) && ((symbol !== undefined && reachingLets.has(symbol)) || decidesFlow(ctx, node));
    findings.push(
      finding(
        reaches ? 'MutableModuleInOutput' : 'MutableModuleRead',
        node,
        `${method} reads the module-level \`let ${node.text}\`${reaches ? ' and sends it upstream (or returns it)' : ''}, which can change between calls but is not in the cache key. ` +
          `Fix: pass ${node.text} as a parameter, add \`@cacheKey ${node.text}\` to ${method}'s doc comment (it joins the key), or make it a \`const\`.`,
      ),
    );
  }
  for (const read of fields.contradictory) {
    findings.push(
      finding(
        'Contradiction',
        read.declaration,
        `Class field "${read.name}" is marked both @cacheKey and @notKey. Fix: keep the one that is true for ${method}.`,
      ),
    );
  }
  const keyDefaults = plan.keyParams.flatMap((p) => (p.node.initializer !== undefined ? [p.node.initializer] : []));
  for (const read of fields.undecided) {
    const at = read.nodes.find((n) => !keyDefaults.some((d) => within(n, d)));
    if (at === undefined) continue; // read only in a key parameter's default: already in the key
    const name = read.name;
    const builtFrom = configuredClient(ctx, read, site.classNode);
    if (builtFrom !== undefined) {
      findings.push(
        finding(
          'UndecidedField',
          at,
          `${method} uses this.${name}, a client the class builds from its constructor argument \`${builtFrom}\` (an account, a tenant, a base URL): ` +
            `instances configured differently share one cache entry, so one tenant can be served another's answer. Fix: state the instance's identity with a ` +
            `\`@cacheKey\` field (\`@cacheKey readonly tenantId = cfg.tenantId\`), or mark this.${name} \`@notKey\` if its configuration does not shape the answer.`,
        ),
      );
      continue;
    }
    const made = madeByProcess(ctx, read.declaration);
    if (made !== undefined) {
      findings.push(
        finding(
          'UndecidedField',
          at,
          `${method} uses this.${name}, made with the machine's own settings: ${made.what}. Machines sharing the store ` +
            `format differently, and each serves the others' answers under the same key. Fix: ${made.fix ?? 'name the setting'} ` +
            `where the field is made.`,
        ),
      );
      continue;
    }
    const given = isCredential(ctx, name, read.nodes) ? credentialFromData(ctx, read.declaration) : undefined;
    if (given !== undefined) {
      // a credential given by data picks the account: instances with another tenant's key share entries
      findings.push(
        finding(
          'UndecidedField',
          at,
          `${method} reads this.${name}${read.via !== undefined ? ` (through ${read.via})` : ''}, a credential the instances are given from data ` +
            `(\`${given.getText().replace(/\s+/g, ' ')}\`, line ${lineOf(ctx, given)}), not from the process's configuration: it decides whose data comes back, ` +
            `and instances holding another account's credential share one cache entry. Fix: state whose account it is with a \`@cacheKey\` field ` +
            `(\`@cacheKey readonly accountId\`), or mark this.${name} \`@notKey\` if every account gets the same answer.`,
        ),
      );
      continue;
    }
    findings.push(
      finding(
        'UndecidedField',
        at,
        `${method} reads this.${name}${read.via !== undefined ? ` (through ${read.via})` : ''}, a plain-data class field that is not in the cache key: if it differs between instances or changes, ` +
          `the cache serves results computed with another value. Fix: mark the field \`@cacheKey\` (it joins the key as "this.${name}") ` +
          'or `@notKey` (it does not shape the output).',
      ),
    );
  }
  return findings;
}

/** A read of the process itself (`os.hostname()`, the default time zone), not of `process.env`. */
function perProcess(ctx: AnalysisContext, node: ts.Node): boolean {
  return sourceAt(ctx, node)?.sort === 'per-process';
}

function fixOf(ctx: AnalysisContext, node: ts.Node): string {
  const fix = sourceAt(ctx, node)?.fix;
  return fix !== undefined ? `${fix}, or ` : '';
}

/**
 * The name a key decision gives an environment read of the body by: `process.env.REGION` (however
 * the file imported the environment), or the module constant that holds one (`SHIPPING_REGION`).
 * The process's other properties and a service's configuration calls have none.
 */
function decisionName(ctx: AnalysisContext, node: ts.Node): string | undefined {
  const { ts } = ctx;
  if (ts.isIdentifier(node)) return processMember(ctx, node) === 'env' ? 'process.env' : node.text;
  if (
    (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
    processMember(ctx, node.expression) === 'env'
  )
    return processReadName(ctx, node.expression);
  return undefined;
}

/**
 * The body's environment read is decided in the doc comment: by its name (`decisionName`), a
 * module constant also by the variable it holds (`@cacheKey process.env.REGION` for `REGION`), and
 * `const { A, B } = process.env` by a decision on each variable it takes.
 */
function isStated(ctx: AnalysisContext, node: ts.Node, reads: BodyReads, plan: InputPlan): boolean {
  const { ts } = ctx;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isObjectBindingPattern(parent.name)) {
    const keys = parent.name.elements.map((e) => (e.propertyName ?? e.name).getText());
    return keys.length > 0 && keys.every((k) => decides(plan, `process.env.${k}`));
  }
  const named = decisionName(ctx, node);
  if (named !== undefined && decides(plan, named)) return true;
  const source = reads.envSource.get(node);
  const declaration = ts.isIdentifier(node) ? valueSymbolAt(ctx, node)?.valueDeclaration : undefined;
  const held = source !== undefined && declaration !== undefined ? envReadNameOf(ctx, source, declaration) : undefined;
  return held !== undefined && decides(plan, held);
}

function envName(ctx: AnalysisContext, node: ts.Node): string {
  const { ts } = ctx;
  const parent = node.parent;
  if (ts.isIdentifier(node)) {
    // an imported `env` / `argv` is the process's own object, read at the call; any other name is a module constant
    const member = processMember(ctx, node);
    if (member !== undefined) return `${node.text} (process.${member})`;
    const source = sourceAt(ctx, node);
    return source?.sort === 'per-process'
      ? `${node.text} (${source.what})`
      : `${node.text} (read from process.env when the module loads)`;
  }
  if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) {
    return `${parent.name.elements.map((e) => (e.propertyName ?? e.name).getText()).join(', ')} from process.env`;
  }
  const source = sourceAt(ctx, node);
  return source?.sort === 'per-process' ? source.what : node.getText();
}

/**
 * A value new on every call (a clock, an id, a counter's step) that a function of the program
 * makes for the memoised body and the body returns (`return { number: this.numbering.next('INV') }`):
 * the same as one made in the body (read-body's clock), one call further away. What the body
 * only sends upstream (a request id, an idempotency key) is not the answer.
 */
function perCallInAnswer(
  ctx: AnalysisContext,
  engine: Provenance,
  site: MemoisedSite,
): { at: ts.Node; source: ts.Node; what: string; via: string; counter: boolean } | undefined {
  for (const returned of returnedExpressions(ctx, site.fn))
    for (const o of engine.originsOf(returned)) {
      if (o.root.kind !== 'source' || o.root.sort !== 'per-call' || within(o.root.node, site.fn)) continue;
      if (shapesNoAnswer(ctx, o.root.node)) continue;
      // made by a call in the body (a parameter's default is the key's business: 91020–91022)
      const body = site.fn.body;
      const call = o.steps.find((step) => body !== undefined && within(step.node, body) && step.name.endsWith(')'));
      if (call === undefined) continue;
      const counter = isCounterStep(ctx, o.root.node) || isReadAfterStep(ctx, o.root.node);
      // a counter of an object the body makes for this call (`const numbering = new LineNumbering()`) starts afresh each call
      if (counter && madeForTheCall(ctx, call.node, site.fn, o.root.node)) continue;
      return {
        at: returned,
        source: o.root.node,
        what: `\`${o.root.node.getText().replace(/\s+/g, '')}\``,
        via: `\`${call.name}\``,
        counter,
      };
    }
  return undefined;
}

/**
 * The counter `step` steps lives on an object the memoised function makes for this call, from
 * literals (`new LineNumbering()`, `{ next: 1 }` in a `const` of its own): the call's receiver
 * (`numbering.next()`), or the argument the call hands the function that steps it, for the
 * parameter it steps (`numberLines(numbering, text)` stepping `numbering.next++`). An object made
 * around a counter kept elsewhere (`{ seq: invoiceNumbers }`, `new Numbering(issued)`) is not fresh.
 */
function madeForTheCall(ctx: AnalysisContext, call: ts.Node, fn: ts.Node, step: ts.Node): boolean {
  const { ts } = ctx;
  if (!ts.isCallExpression(call)) return false;
  const callee = skipOuter(ctx, call.expression);
  const fresh = (holder: ts.Node, property: string | undefined): boolean => {
    const root = accessRoot(ctx, holder);
    const own = ts.isIdentifier(root) ? ownConstOf(ctx, root) : undefined;
    if (own === undefined || !within(own, fn)) return false;
    const init = skipOuter(ctx, own.initializer);
    if (ts.isNewExpression(init)) return (init.arguments ?? []).every(madeHere);
    if (!ts.isObjectLiteralExpression(init)) return false;
    const member = init.properties.find((p) => p.name?.getText() === property);
    return member !== undefined && ts.isPropertyAssignment(member) && madeHere(member.initializer);
  };
  // a start the call makes: a literal, a literal object or array, a module constant of a literal, the call's own parameter
  const madeHere = (e: ts.Expression): boolean => {
    const v = skipOuter(ctx, e);
    if (
      ts.isLiteralExpression(v) ||
      ts.isPrefixUnaryExpression(v) ||
      ts.isObjectLiteralExpression(v) ||
      ts.isArrayLiteralExpression(v)
    )
      return true;
    if (!ts.isIdentifier(v)) return false;
    const d = valueSymbolAt(ctx, v)?.valueDeclaration;
    return (
      d !== undefined &&
      ((ts.isParameter(d) && d.parent === fn) ||
        (ts.isVariableDeclaration(d) &&
          (d.parent.flags & ts.NodeFlags.Const) !== 0 &&
          ts.isSourceFile(d.parent.parent.parent) &&
          d.initializer !== undefined &&
          ts.isLiteralExpression(skipOuter(ctx, d.initializer))))
    );
  };
  const stepped = steppedParameter(ctx, step);
  if (ts.isPropertyAccessExpression(callee) && fresh(callee.expression, stepped?.property)) return true;
  // the function this call calls steps its own parameter
  if (stepped === undefined || calledFunction(ctx, call.expression) !== stepped.fn) return false;
  const argument = call.arguments[stepped.index];
  return argument !== undefined && fresh(argument, stepped.property);
}

/** The parameter whose object a counter step steps, and the property (`numbering`, `next` of `numbering.next++`). */
function steppedParameter(
  ctx: AnalysisContext,
  step: ts.Node,
): { fn: ts.SignatureDeclaration; index: number; property: string | undefined } | undefined {
  const { ts } = ctx;
  let operand: ts.Node = skipOuter(ctx, step);
  if (ts.isPrefixUnaryExpression(operand) || ts.isPostfixUnaryExpression(operand)) operand = operand.operand;
  else if (ts.isBinaryExpression(operand)) operand = operand.left;
  if (!ts.isPropertyAccessExpression(operand) && !ts.isElementAccessExpression(operand)) return undefined;
  let first: ts.Node = operand;
  while (
    (ts.isPropertyAccessExpression(first) || ts.isElementAccessExpression(first)) &&
    (ts.isPropertyAccessExpression(first.expression) || ts.isElementAccessExpression(first.expression))
  )
    first = first.expression;
  const property = ts.isPropertyAccessExpression(first) ? first.name.text : undefined;
  const root = accessRoot(ctx, operand);
  const declaration = ts.isIdentifier(root) ? ctx.checker?.getSymbolAtLocation(root)?.valueDeclaration : undefined;
  return declaration !== undefined && ts.isParameter(declaration) && ts.isFunctionLike(declaration.parent)
    ? { fn: declaration.parent, index: declaration.parent.parameters.indexOf(declaration), property }
    : undefined;
}

function within(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end && node.getSourceFile() === container.getSourceFile();
}
