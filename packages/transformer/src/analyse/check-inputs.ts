import type * as ts from 'typescript';
import { lineOf } from './provenance/describe-path';
import { relativeTo, type AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { finding, type Finding } from './finding';
import { decides, rootName, type InputPlan } from './plan-inputs';
import type { MethodPlan } from './plan-method';
import type { BodyInput } from './read-inputs';
import { shapesNoAnswer } from './read-outputs';
import { isCredential, madeByProcess } from './classify-input';
import { envConstantRead } from './read-body';
import { valueSymbolAt } from './provenance/resolve-function';

/**
 * "Nothing less", as one rule: every input of a memoised body (read-inputs.ts) that reaches
 * what it sends upstream or returns needs a key decision. Reads that only go to a log, a metric
 * or an error message need none. A `process.env` read or a module `let` in the body itself is
 * `check-body-reads.ts`'s (91041/91044, 91042/91045); through a helper it is reported here
 * under the same codes.
 */
export function checkInputs(
  ctx: AnalysisContext,
  site: MemoisedSite,
  inputs: readonly BodyInput[],
  decided: InputPlan,
): Finding[] {
  const findings: Finding[] = [];
  const method = site.defaultId;
  const decidedNames = [...decided.fields.map((f) => f.name), ...decided.excluded.map((f) => f.name)];
  for (const input of inputs) {
    if (input.reaching.length === 0) continue;
    // read in the body: check-body-reads, for a module `let` and for a constant that is a `process.env` read
    if (
      input.via === undefined &&
      (input.kind === 'module-let' ||
        (input.kind === 'env' &&
          (input.declaration === undefined || envConstantRead(ctx, input.declaration) !== undefined)))
    )
      continue;
    if (decides(decided, input.name)) continue;
    if (input.from.length > 0 && input.from.every((f) => decidedNames.includes(f.name))) continue;
    // a credential the process is configured with authenticates the request, however it is held (the
    // environment, configuration, a settings service); one captured or in context may be the caller's
    // own (a user's token decides whose data comes back)
    if (
      (input.kind === 'env' || input.kind === 'configuration' || input.kind === 'service-state') &&
      isCredential(
        ctx,
        input.name
          .split(/[.()[\]'"]/)
          .filter(Boolean)
          .pop() ?? '',
        input.reaching,
      )
    )
      continue;
    const at = input.reaching[0]!;
    findings.push(finding(kindOf(input), at, message(ctx, method, site, input, at)));
  }
  return findings;
}

function kindOf(input: BodyInput): 'EnvInOutput' | 'MutableModuleInOutput' | 'UndecidedInput' {
  if (input.kind === 'env' || input.kind === 'process') return 'EnvInOutput';
  if (input.kind === 'module-let') return 'MutableModuleInOutput';
  return 'UndecidedInput';
}

function message(ctx: AnalysisContext, method: string, site: MemoisedSite, input: BodyInput, at: ts.Node): string {
  const name = `\`${input.name}\``;
  const through = input.via !== undefined ? ` through ${input.via}` : '';
  const line = `line ${lineOf(ctx, at)}`;
  const what = describe(ctx, input, at);
  const consequence = CONSEQUENCE[input.kind];
  const root = input.from.length > 0 ? input.from.map((f) => f.name).join(', ') : rootName(input.name);
  const keyName = input.from.length > 0 ? input.from.map((f) => f.name).join(' and @cacheKey ') : input.name;
  const keyIt =
    input.kind === 'context' ? '' : `add \`@cacheKey ${keyName}\` to ${method}'s doc comment (it joins the key), `;
  const pass =
    input.kind === 'context'
      ? `pass the value ${method} needs from ${input.name} as a parameter (read it in the caller)`
      : `pass ${root} to ${method} as a parameter`;
  const excluded = input.kind === 'context' && !input.name.startsWith('this.') ? root : input.name;
  const exclude = `\`@excludeFromKey ${excluded} <reason>\` if it does not shape the answer`;
  const fix =
    input.kind === 'process'
      ? `${processFix(ctx, input)}read it once into a \`@cacheKey\` class field (or pass it to ${method} as a parameter), or add ${method}'s dependence on it to \`version\``
      : site.kind === 'method' && (input.kind === 'configuration' || input.kind === 'env')
        ? `${keyIt}read it into a \`@cacheKey\` class field, or ${exclude}`
        : `${keyIt}${pass}, or ${exclude}`;
  return `${method} reads ${name}${through} (${line}), ${what}, and sends it upstream or returns it, but it is not in the cache key: ${consequence} Fix: ${fix}.`;
}

/** The fix particular to the source a binding was made from (`name the locale`), first. */
function processFix(ctx: AnalysisContext, input: BodyInput): string {
  const fix = input.declaration !== undefined ? madeByProcess(ctx, input.declaration)?.fix : undefined;
  return fix !== undefined ? `${fix}, or ` : '';
}

const CONSEQUENCE: Record<BodyInput['kind'], string> = {
  captured:
    'every function made by the enclosing scope shares one cache, so a call is answered with a result computed for another value.',
  'module-state': 'the program changes it while the cache keeps answers computed under its old contents.',
  'module-let': 'it can change between calls, while the cache keeps answers computed under its old value.',
  configuration: 'after a configuration change the cache serves answers computed under the old value.',
  env: 'after a configuration change the cache serves answers computed under the old value.',
  process:
    'it differs between machines and processes, and processes sharing the store serve each other answers computed under their own value.',
  static: 'it can change between calls, while the cache keeps answers computed under its old value.',
  global: 'it can change between calls or processes, while the cache keeps answers computed under another value.',
  context: 'callers in different contexts (tenants, users, locales) share one answer.',
  'configured-service':
    "services configured differently (another environment, account or chain) share one cache, so one is answered with another's result.",
  'service-state': 'it can change while the cache keeps answers computed under its old value.',
};

function describe(ctx: AnalysisContext, input: BodyInput, at: ts.Node): string {
  const { ts } = ctx;
  const d = input.declaration;
  const where = d !== undefined ? ` (${fileOf(ctx, d, at)}line ${lineOf(ctx, d)})` : '';
  switch (input.kind) {
    case 'captured': {
      const owner = d !== undefined ? enclosingName(ctx, d) : undefined;
      const param = d !== undefined && ts.isParameter(d);
      const from =
        input.from.length > 0
          ? `, computed from its parameter${input.from.length > 1 ? 's' : ''} ${input.from.map((f) => `\`${f.name}\``).join(', ')}`
          : '';
      return `${param ? 'a parameter' : 'a variable'} of the enclosing ${owner ?? 'function'}${where} that it closes over${from}`;
    }
    case 'module-state':
      return `module state the program writes to${where}`;
    case 'module-let':
      return `a module-level \`let\`${where}`;
    // with no declaration, read where the call runs (in a helper, a getter, another service's method)
    case 'configuration':
      return d === undefined
        ? 'configuration asked for when the call runs'
        : `data computed when its module loads, from outside the code${where}`;
    case 'env':
      return d === undefined
        ? input.name.startsWith('process.env')
          ? 'a value read from process.env when the call runs'
          : 'the command line the process was started with'
        : `a value read from process.env when its module loads${where}`;
    case 'process': {
      const made = d !== undefined ? madeByProcess(ctx, d) : undefined;
      return made !== undefined
        ? `made with the machine's own settings${where}: ${made.what}`
        : 'a property of the process itself, read where the code runs';
    }
    case 'static':
      return `a static field that is not a constant${where}`;
    case 'global':
      return 'a property of the global object';
    case 'context':
      return input.name.endsWith('.getStore()')
        ? "the caller's AsyncLocalStorage context"
        : `the request being served, which the service holds${where} (a request-scoped provider)`;
    case 'configured-service':
      return `a client built from ${input.from.length > 0 ? input.from.map((f) => `\`${f.name}\``).join(', ') : 'configuration'}${where}, whose answers depend on how it is configured`;
    case 'service-state':
      return 'data read off a service instead of asked of it';
  }
}

function enclosingName(ctx: AnalysisContext, node: ts.Node): string | undefined {
  const { ts } = ctx;
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    if (ts.isFunctionLike(n)) {
      const named = (n as ts.FunctionLikeDeclaration).name;
      if (named !== undefined && ts.isIdentifier(named)) return named.text;
      if (ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) return n.parent.name.text;
      return undefined;
    }
  }
  return undefined;
}

/** The declaring file, when it is not the file of the read (`src/config.ts `). */
function fileOf(ctx: AnalysisContext, node: ts.Node, at: ts.Node): string {
  const file = node.getSourceFile();
  return file === at.getSourceFile() ? '' : `${relativeTo(ctx.rootDir, file.fileName)} `;
}

/**
 * The allow-list trap: with `@cacheKey` on some parameters, the key is exactly those; a
 * parameter left out that the body still sends upstream or returns shapes the answer
 * without being in the key (91048). An explicit `@excludeFromKey`/`@notKey` is a decision.
 */
export function checkAllowList(ctx: AnalysisContext, site: MemoisedSite, plan: MethodPlan): Finding[] {
  const { ts, checker } = ctx;
  if (checker === undefined || site.fn.body === undefined) return [];
  const findings: Finding[] = [...checkPicks(ctx, site, plan)];
  if (!plan.allowList || plan.keyParams.length === 0) return findings;
  const listed = plan.keyParams.map((p) => p.name).join(', ');
  for (const param of plan.excludedParams) {
    const excluded = plan.description.excluded.find((x) => x.index === param.index);
    if (excluded === undefined || !excluded.reason.startsWith('not listed by @cacheKey')) continue;
    const names = ts.isIdentifier(param.node.name) ? [param.node.name] : bindingIdentifiers(ctx, param.node.name);
    const symbols = new Set(
      names.map((n) => checker.getSymbolAtLocation(n)).filter((s): s is ts.Symbol => s !== undefined),
    );
    let reach: ts.Node | undefined;
    const visit = (node: ts.Node): void => {
      if (reach !== undefined) return;
      if (ts.isIdentifier(node) && node.parent !== param.node && !names.includes(node)) {
        const s = valueSymbolAt(ctx, node);
        if (s !== undefined && symbols.has(s) && !shapesNoAnswer(ctx, node)) reach = node;
      }
      ts.forEachChild(node, visit);
    };
    visit(site.fn.body);
    if (reach === undefined) continue;
    findings.push(
      finding(
        'DroppedByAllowList',
        reach,
        `${site.defaultId} sends \`${param.name}\` upstream or returns it (line ${lineOf(ctx, reach)}), but the \`@cacheKey\` allow-list leaves it out of the key ` +
          `(with \`@cacheKey\` on ${listed}, the key is exactly those): calls that differ only in ${param.name} share one answer. ` +
          `Fix: add \`@cacheKey ${param.name}\` to the doc comment too, or \`@excludeFromKey ${param.name} <reason>\` if it does not shape the answer.`,
      ),
    );
  }
  return findings;
}

function bindingIdentifiers(ctx: AnalysisContext, pattern: ts.BindingName): ts.Identifier[] {
  const { ts } = ctx;
  if (ts.isIdentifier(pattern)) return [pattern];
  return pattern.elements.flatMap((e) => (ts.isBindingElement(e) ? bindingIdentifiers(ctx, e.name) : []));
}

/**
 * The same trap one level down: `@cacheKey('category', 'environmentId') command` keys only
 * those properties; a property left out that the body reads and sends upstream or returns
 * (`command.organizationId`) shapes the answer without being in the key (91048).
 */
function checkPicks(ctx: AnalysisContext, site: MemoisedSite, plan: MethodPlan): Finding[] {
  const { ts, checker } = ctx;
  const findings: Finding[] = [];
  for (const field of plan.description.fields) {
    const picks = field.pick;
    const param = plan.keyParams.find((p) => p.index === field.index);
    if (picks === undefined || picks.length === 0 || param === undefined || !ts.isIdentifier(param.node.name)) continue;
    const symbol = checker!.getSymbolAtLocation(param.node.name);
    const covered = (path: readonly string[]): boolean =>
      picks.some((p) => {
        const pick = p.split('.');
        const n = Math.min(pick.length, path.length);
        return pick.slice(0, n).every((seg, i) => seg === path[i]);
      });
    const reported = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node !== param.node.name && valueSymbolAt(ctx, node) === symbol) {
        for (const path of propertyPaths(ctx, node)) {
          const name = path.join('.');
          if (covered(path) || reported.has(name) || shapesNoAnswer(ctx, node)) continue;
          reported.add(name);
          findings.push(
            finding(
              'DroppedByAllowList',
              node.parent,
              `${site.defaultId} sends \`${param.name}.${name}\` upstream or returns it (line ${lineOf(ctx, node)}), but \`@cacheKey(${picks.map((p) => `'${p}'`).join(', ')})\` keys only those properties of ${param.name}: ` +
                `calls that differ only in ${name} share one answer. Fix: add '${name}' to the @cacheKey list, or \`@excludeFromKey ${param.name}.${name} <reason>\` if it does not shape the answer.`,
            ),
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(site.fn.body!);
  }
  return findings;
}

/** The property paths a read of a parameter takes: `p.a.b` -> [a, b]; `const { a, b: { c } } = p` -> [a], [b, c]. */
function propertyPaths(ctx: AnalysisContext, node: ts.Identifier): string[][] {
  const { ts } = ctx;
  const path: string[] = [];
  let n: ts.Node = node;
  while (ts.isPropertyAccessExpression(n.parent) && n.parent.expression === n) {
    path.push(n.parent.name.text);
    n = n.parent;
  }
  if (ts.isCallExpression(n.parent) && n.parent.expression === n) path.pop(); // `p.items.map(…)`: the method is not data
  if (path.length > 0) return [path];
  if (ts.isVariableDeclaration(n.parent) && n.parent.initializer === n && ts.isObjectBindingPattern(n.parent.name))
    return bindingPaths(ctx, n.parent.name);
  return [];
}

function bindingPaths(ctx: AnalysisContext, pattern: ts.ObjectBindingPattern): string[][] {
  const { ts } = ctx;
  return pattern.elements.flatMap((e) => {
    if (e.dotDotDotToken !== undefined) return [];
    const key = e.propertyName ?? e.name;
    const name = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : undefined;
    if (name === undefined) return [];
    return ts.isObjectBindingPattern(e.name) ? bindingPaths(ctx, e.name).map((p) => [name, ...p]) : [[name]];
  });
}
