import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { isVarying } from './provenance/origin';
import type { Provenance } from './provenance/trace-value';
import { isConstant, isMutated, readsEnv } from './is-constant';
import { variableOf } from './provenance/resolve-function';
import { isServiceType } from './type-shape';
import { accessRoot, skipOuter } from './provenance/outer-expressions';
import { isMemoTable } from './memo-table';
import { computedOutside } from './computed-outside';
import { sourceAt, type Source } from './provenance/per-call-sources';
import { processMember } from './provenance/builtin-names';
import { travelName } from './read-outputs';

/**
 * What an input of a memoised body is, when it needs a key decision:
 * - `captured`: a parameter or variable of an enclosing function (a closure's capture);
 * - `module-state`: a module-level or captured container the program writes to (`cache.set`), a `let`
 *   read through a helper (`module-let`);
 * - `configuration`: data computed when the module loads from outside the code (an imported
 *   config object, a value built from `process.env` or a file); `env` when it is a
 *   `process.env` read itself;
 * - `static`: a static field that is not a constant;
 * - `global`: a property of the global object; `context`: ambient request context
 *   (`AsyncLocalStorage#getStore()`);
 * - `configured-service`: a client built from configuration or captured values (`axios.create({ baseURL:
 *   process.env.API })`, a per-chain client made in a factory): its answers depend on them;
 * - `service-state`: data read off a service rather than asked of it (`this.limits.default[level]`).
 */
export type InputKind =
  | 'captured'
  | 'module-state'
  | 'module-let'
  | 'configuration'
  | 'env'
  | 'process'
  | 'static'
  | 'global'
  | 'context'
  | 'configured-service'
  | 'service-state';

/**
 * Classifies a binding read by a memoised body by its declaration and type, never its name:
 * undefined when it needs no decision (a constant, a service, a function or class, a value
 * of a library's declarations, a local of the memoised body).
 */
export function classifyBinding(
  ctx: AnalysisContext,
  engine: Provenance,
  declaration: ts.Node,
  read: ts.Node,
  site: MemoisedSite,
): InputKind | undefined {
  const { ts, checker } = ctx;
  if (checker === undefined || declaration.getSourceFile().isDeclarationFile) return undefined;
  if (
    declaration.getSourceFile() === site.fn.getSourceFile() &&
    declaration.pos >= site.fn.pos &&
    declaration.end <= site.fn.end
  )
    return undefined;
  if (
    ts.isClassLike(declaration) ||
    ts.isFunctionDeclaration(declaration) ||
    ts.isEnumDeclaration(declaration) ||
    ts.isEnumMember(declaration) ||
    ts.isModuleDeclaration(declaration)
  )
    return undefined;
  if (
    ts.isImportClause(declaration) ||
    ts.isNamespaceImport(declaration) ||
    ts.isImportSpecifier(declaration) ||
    ts.isImportEqualsDeclaration(declaration)
  )
    return undefined;
  if (isService(ctx, dataRead(ctx, read))) {
    // made with the machine's own settings (`new Intl.DateTimeFormat(undefined, …)`: its default locale)
    if (madeByProcess(ctx, declaration, read) !== undefined) return 'process';
    return configuredService(ctx, engine, declaration, site) ? 'configured-service' : undefined;
  }
  if (ts.isParameter(declaration)) {
    // a constructor's parameter property is a class field (read-body's business)
    return ts.isConstructorDeclaration(declaration.parent) ? undefined : 'captured';
  }
  if (ts.isPropertyDeclaration(declaration)) {
    const isStatic = (ts.getModifiers(declaration) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic) return undefined;
    // `readonly` forbids assigning the field, not writing into its object (`Svc.LIMITS.free = 5`)
    const symbol = checker.getSymbolAtLocation(declaration.name);
    if (
      declaration.initializer !== undefined &&
      isConstant(ctx, engine, declaration.initializer) &&
      (symbol === undefined || !isMutated(ctx, symbol))
    )
      return undefined;
    return 'static';
  }
  const variable = variableOf(ctx, declaration);
  if (variable === undefined) return undefined;
  const list = variable.parent as ts.VariableDeclarationList;
  const statement = list.parent;
  if (ts.isForOfStatement(statement) || ts.isForInStatement(statement) || ts.isCatchClause(variable.parent))
    return 'captured';
  const moduleLevel = ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent);
  const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
  const symbol = ts.isIdentifier(variable.name)
    ? checker.getSymbolAtLocation(variable.name)
    : checker.getSymbolAtLocation((declaration as ts.BindingElement).name ?? variable.name);
  const init = partRead(ctx, variable.initializer, read);
  if (!isConst) return moduleLevel ? 'module-let' : 'captured';
  if (init !== undefined && readsEnv(ctx, init)) return moduleLevel ? 'env' : 'captured';
  // state the program writes to, under this name or under the name this one aliases
  // (`export const FORMATS: readonly string[] = enabledFormats`, and `enabledFormats.push(…)` elsewhere)
  const mutated = (symbol !== undefined && isMutated(ctx, symbol)) || (init !== undefined && aliasesMutated(ctx, init));
  if (mutated) return isMemoTable(ctx, engine, variable) ? undefined : moduleLevel ? 'module-state' : 'captured';
  if (init !== undefined && isConstant(ctx, engine, init)) return undefined;
  if (!moduleLevel) return 'captured';
  // module-level data that is not a literal: configuration when it comes from outside the code
  if (init === undefined) return 'configuration';
  const origins = engine.originsOf(init);
  if (
    origins.some(
      (o) => isVarying(o) || (o.root.kind === 'source' && o.root.sort === 'config') || o.root.kind === 'binding',
    )
  )
    return 'configuration';
  return computedOutside(ctx, engine, init) ? 'configuration' : undefined;
}

/**
 * An initializer that is (a part of) another binding's value, an object the program writes to,
 * under however many names (`const ALL = enabledFormats; export const FORMATS = ALL`) and on
 * either side of a choice (`override ?? enabledFormats`). A primitive read off it
 * (`settings.currency`) is a copy made at load, not an alias.
 */
function aliasesMutated(ctx: AnalysisContext, init: ts.Expression, hops = 0): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined || hops > MAX_ALIAS_HOPS || !holdsObject(ctx, checker.getTypeAtLocation(init)))
    return false;
  const root = skipOuter(ctx, init);
  if (ts.isConditionalExpression(root))
    return aliasesMutated(ctx, root.whenTrue, hops) || aliasesMutated(ctx, root.whenFalse, hops);
  if (
    ts.isBinaryExpression(root) &&
    (root.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      root.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  )
    return aliasesMutated(ctx, root.left, hops) || aliasesMutated(ctx, root.right, hops);
  const base = accessRoot(ctx, root);
  if (!ts.isIdentifier(base)) return false;
  let symbol = checker.getSymbolAtLocation(base);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (symbol === undefined || declaration === undefined || declaration.getSourceFile().isDeclarationFile) return false;
  const variable = variableOf(ctx, declaration);
  if (variable === undefined) return false;
  if (isMutated(ctx, symbol)) return true;
  // another name for it: follow a `const` to what it holds
  return (
    ((variable.parent as ts.VariableDeclarationList).flags & ts.NodeFlags.Const) !== 0 &&
    variable.initializer !== undefined &&
    aliasesMutated(ctx, variable.initializer, hops + 1)
  );
}

/** An object type, or a union with one (`string[] | undefined`). */
function holdsObject(ctx: AnalysisContext, type: ts.Type): boolean {
  return (
    (type.flags & ctx.ts.TypeFlags.Object) !== 0 || (type.isUnion() && type.types.some((t) => holdsObject(ctx, t)))
  );
}

/** How many `const b = a` names are followed back to the object they share. */
const MAX_ALIAS_HOPS = 4;

/**
 * The expression whose value the body uses from a read: `opts.client.send()` uses
 * `opts.client`, `config.model` uses `config.model`. Services are judged by what is used.
 */
export function dataRead(ctx: AnalysisContext, read: ts.Node): ts.Node {
  const { ts } = ctx;
  let node = read;
  while (
    (ts.isPropertyAccessExpression(node.parent) || ts.isElementAccessExpression(node.parent)) &&
    node.parent.expression === node
  )
    node = node.parent;
  // `client.models.list()`: the callee's object is what the body uses
  if (
    ts.isCallExpression(node.parent) &&
    node.parent.expression === node &&
    (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
  )
    return node.expression;
  return node;
}

function isService(ctx: AnalysisContext, node: ts.Node): boolean {
  const type = ctx.checker!.getTypeAtLocation(node);
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return true;
  return isServiceType(ctx, type);
}

/**
 * Credentials authenticate a request; they do not shape its answer. Named as one: an environment
 * name with a credential segment (`OPENAI_API_KEY`, `GITHUB_TOKEN`, `AWS_ACCESS_KEY_ID`), the word
 * itself (`key`, `token`, `Authorization`), a qualified key (`apiKey`, `secretKey`,
 * `subscriptionKey`) or a token, secret or password (`accessToken`, `clientSecret`). A key or
 * token that names data is not one: `lookupKey`, `objectKey`, `sortKey`, `pageToken`, `nextToken`.
 */
export const CREDENTIAL = new RegExp(
  [
    '(?<![A-Za-z0-9])(?:[A-Z0-9]+_)*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|AUTH)(?:_[A-Z0-9]+)*(?![A-Za-z0-9])',
    '(?<![A-Za-z0-9])(?:key|token|secret|password|passwd|credentials?|[aA]uthorization|auth|bearer)(?![A-Za-z0-9])',
    '(?:[aA]pi|[aA]ccess|[sS]ecret|[pP]rivate|[sS]igning|[lL]icense|[sS]ubscription|[mM]aster|[pP]latform|[aA]uth)_?[kK]ey$',
    '(?<![pP]age|[nN]ext|[cC]ontinuation|[cC]ursor|[sS]ync|[rR]esume|[pP]agination)(?:Token|Secret|Password|Credentials?|Authorization|Auth)$',
  ].join('|'),
);

/**
 * A service binding built from configuration or from the enclosing scope's values: `const api =
 * axios.create({ baseURL: process.env.API_URL })`, `const client = createClient({ chain })` in a
 * factory of `chain`. Credentials (an API key, a token) do not count: they authenticate, the
 * answer is the same.
 */
function configuredService(
  ctx: AnalysisContext,
  engine: Provenance,
  declaration: ts.Node,
  site: MemoisedSite,
): boolean {
  return configuredBy(ctx, engine, declaration, site).length > 0;
}

/**
 * The part of a constant's object literal a read takes (`settings.base` of `const settings = {
 * apiKey: process.env.KEY, base: 'https://…' }` is `'https://…'`): a property read is judged by
 * what that property holds, not by its neighbours. Any other read takes the whole initializer.
 */
function partRead(
  ctx: AnalysisContext,
  init: ts.Expression | undefined,
  read: ts.Node | undefined,
): ts.Expression | undefined {
  const { ts } = ctx;
  const access = read?.parent;
  if (
    init === undefined ||
    access === undefined ||
    !ts.isPropertyAccessExpression(access) ||
    access.expression !== read
  )
    return init;
  const object = skipOuter(ctx, init);
  if (!ts.isObjectLiteralExpression(object) || object.properties.some((p) => ts.isSpreadAssignment(p))) return init;
  for (const p of object.properties)
    if (p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === access.name.text) {
      if (ts.isPropertyAssignment(p)) return p.initializer;
      if (ts.isShorthandPropertyAssignment(p)) return p.name;
    }
  return init;
}

/**
 * A binding or field whose initializer is itself a per-process source (a formatter of the
 * default locale or time zone), or an object literal holding one (`{ money: new
 * Intl.NumberFormat() }`): that source.
 */
export function madeByProcess(ctx: AnalysisContext, declaration: ts.Node, read?: ts.Node): Source | undefined {
  const { ts } = ctx;
  const init = partRead(
    ctx,
    variableOf(ctx, declaration)?.initializer ??
      (ts.isPropertyDeclaration(declaration) ? declaration.initializer : undefined),
    read,
  );
  if (init === undefined) return undefined;
  const value = skipOuter(ctx, init);
  const made = ts.isObjectLiteralExpression(value)
    ? value.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? [skipOuter(ctx, p.initializer)] : []))
    : [value];
  for (const expr of made) {
    const source = sourceAt(ctx, expr);
    if (source?.sort === 'per-process') return source;
  }
  return undefined;
}

/** The values a service binding is configured with, by name (`process.env.NODE_ENV`, `chainId`). */
export function configuredBy(
  ctx: AnalysisContext,
  engine: Provenance,
  declaration: ts.Node,
  site: MemoisedSite,
): string[] {
  const { ts } = ctx;
  const variable = variableOf(ctx, declaration);
  let init = variable?.initializer ?? (ts.isPropertyDeclaration(declaration) ? declaration.initializer : undefined);
  while (
    init !== undefined &&
    (ts.isAwaitExpression(init) ||
      ts.isParenthesizedExpression(init) ||
      ts.isAsExpression(init) ||
      ts.isNonNullExpression(init) ||
      ts.isSatisfiesExpression(init))
  )
    init = init.expression;
  if (init === undefined || !(ts.isCallExpression(init) || ts.isNewExpression(init))) return [];
  const names = new Set<string>();
  for (const arg of init.arguments ?? []) {
    // a service handed in (`makeLoader(this.octokit)`) needs no decision, and a field of the
    // instance (`makeFormatter(this.currency)`) is decided on the field
    const given = skipOuter(ctx, ts.isSpreadElement(arg) ? arg.expression : arg);
    if (
      (ctx.checker !== undefined && isServiceType(ctx, ctx.checker.getTypeAtLocation(given))) ||
      ((ts.isPropertyAccessExpression(given) || ts.isElementAccessExpression(given)) &&
        given.expression.kind === ts.SyntaxKind.ThisKeyword)
    )
      continue;
    for (const o of engine.originsOf(ts.isSpreadElement(arg) ? arg.expression : arg)) {
      const where = [...o.at, ...o.path].pop() ?? '';
      if (o.root.kind === 'source' && o.root.sort === 'config') {
        if (
          CREDENTIAL.test(
            o.root.what
              .split(/[.[\]'"]/)
              .filter(Boolean)
              .pop() ?? '',
          ) ||
          travelsOnly(where)
        )
          continue;
        names.add(o.root.what.replace(/\s+/g, ''));
      } else if (o.root.kind === 'param' && o.root.fn !== site.fn && !travelsOnly(where)) {
        const param = o.root.fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))[
          o.root.index
        ];
        if (param !== undefined && !ts.isConstructorDeclaration(o.root.fn)) names.add(param.name.getText());
      } else if (o.root.kind === 'binding' && !CREDENTIAL.test(o.root.name)) names.add(o.root.name);
    }
    // a choice made on configuration (`process.env.NODE_ENV === 'production' ? … : …`) configures too
    for (const read of envReads(ctx, arg))
      if (!CREDENTIAL.test(read.name) && !travelsOnly(read.under)) names.add(`process.env.${read.name}`);
  }
  return [...names];
}

/**
 * What a client is built with only to authenticate or to say how its requests travel (`auth`,
 * `userAgent`, `timeout`, `maxRetries`) configures none of its answers.
 */
export function travelsOnly(option: string): boolean {
  return CREDENTIAL.test(option) || travelName(option);
}

/** Every `process.env.X` read inside an expression, with the property it sits under (`baseURL`). */
function envReads(ctx: AnalysisContext, expr: ts.Node): { name: string; under: string }[] {
  const { ts } = ctx;
  const out: { name: string; under: string }[] = [];
  const visit = (node: ts.Node, under: string): void => {
    if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      processMember(ctx, node.expression) === 'env'
    ) {
      const name = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : '';
      if (name !== '') out.push({ name, under });
      return;
    }
    if (ts.isFunctionLike(node)) return;
    const key =
      ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteralLike(node.name))
        ? node.name.text
        : under;
    ts.forEachChild(node, (child) => visit(child, key));
  };
  visit(expr, '');
  return out;
}

/**
 * A credential: named as one (`apiKey`, `token`, `MAPS_API_KEY`), or read only where a
 * credential goes (`headers: { 'x-api-key': this.key }`, `Authorization: \`Bearer ${t}\``).
 * It authenticates the request; the answer is the same for every valid one.
 */
export function isCredential(ctx: AnalysisContext, name: string, reads: readonly ts.Node[]): boolean {
  const { ts } = ctx;
  if (CREDENTIAL.test(name.replace(/^#/, ''))) return true;
  return (
    reads.length > 0 &&
    reads.every((read) => {
      for (let n: ts.Node = read; n.parent !== undefined && !ts.isStatement(n) && !ts.isFunctionLike(n); n = n.parent) {
        if (ts.isPropertyAssignment(n.parent) && n.parent.initializer === n) {
          const key = ts.isIdentifier(n.parent.name) || ts.isStringLiteralLike(n.parent.name) ? n.parent.name.text : '';
          return CREDENTIAL.test(key.replace(/^x-/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));
        }
      }
      return false;
    })
  );
}
