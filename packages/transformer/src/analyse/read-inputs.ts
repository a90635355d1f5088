import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { isMemoisedMethod, type MemoisedSite } from './find-memoised';
import { classifyBinding, configuredBy, dataRead, isCredential, type InputKind } from './classify-input';
import { shapesNoAnswer, takesTravelHeader } from './read-outputs';
import {
  boundMade,
  enclosingFunction,
  factoryMade,
  functionAt,
  productMember,
  referencesIn,
  valueSymbolAt,
  variableOf,
  type FactoryProduct,
  type ProgramFunction,
  constAliasOf,
} from './provenance/resolve-function';
import { answerDiscarded, isDiscarded } from './provenance/value-discarded';
import { accessRoot, isOuterExpression } from './provenance/outer-expressions';
import { fileSyntax } from './file-syntax';
import { programMemo } from './program-memo';
import { isRequest, sourceAt } from './provenance/per-call-sources';
import { PROCESS_CONFIGURATION, processMemberAt, processReadName } from './provenance/builtin-names';
import { isServiceType } from './type-shape';
import { isMutated } from './is-constant';
import type { Provenance } from './provenance/trace-value';

/**
 * One value a memoised body reads that does not come from its own parameters and locals, with
 * no other rule to answer for it: a variable an enclosing function holds (a closure's capture),
 * module state, configuration computed at load, an imported config object, a static field, a
 * global, ambient request context. (`this` fields, `process.env` read in the body, a module `let`
 * read in the body and the clock have rules of their own: `read-body.ts`.)
 */
export interface BodyInput {
  /** How a user writes it: `chainId`, `config`, `Pricing.rates`, `globalThis.region`, `tenants.getStore()`. */
  readonly name: string;
  readonly kind: InputKind;
  /** The declaration of the binding (absent for ambient reads such as `globalThis.x`). */
  readonly declaration: ts.Node | undefined;
  readonly symbol: ts.Symbol | undefined;
  /** Every read; `reaching` are those that are not only logged. */
  readonly reads: readonly ts.Node[];
  readonly reaching: readonly ts.Node[];
  /** The program function the first reaching read is in, when not the memoised body itself (`tokenListUrl()`). */
  readonly via: string | undefined;
  /**
   * For a captured variable computed from the enclosing function's parameters
   * (`const base = \`…/${chainId}\``): those parameters. Deciding each of them decides the input.
   */
  readonly from: readonly { readonly name: string; readonly symbol: ts.Symbol | undefined }[];
}

/** How many program functions the walk follows from one memoised body. */
const MAX_FUNCTIONS = 48;
/** How many of them may be other services' code, read for what it hands out (within MAX_FUNCTIONS). */
const MAX_HANDED_OUT_FUNCTIONS = 16;

const AMBIENT_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);

/**
 * The input set of one memoised body: every value it reads from outside its own parameters
 * and locals, following the functions of the program it calls (bounded, cycle-safe). Facts
 * only; `check-inputs.ts` decides what needs a key decision.
 */
export function readInputs(ctx: AnalysisContext, site: MemoisedSite, engine: Provenance): BodyInput[] {
  const { ts, checker } = ctx;
  if (checker === undefined || site.fn.body === undefined) return [];
  const inputs = new Map<
    string,
    {
      input: Omit<BodyInput, 'reads' | 'reaching' | 'via' | 'from'>;
      reads: ts.Node[];
      reaching: ts.Node[];
      via: string | undefined;
    }
  >();
  /**
   * `made`: the factory call that made `fn` (or the function of that factory it runs in).
   * `handedOutOnly`: a method or getter of another service of the program, whose answer is its own
   * business except for what it hands out (`HANDED_OUT`): the request being served (a request-scoped
   * provider) and the process's configuration (`appConfig.get('model')`).
   */
  interface Item {
    readonly fn: ts.Node;
    readonly via: string | undefined;
    readonly made: FactoryProduct | undefined;
    readonly handedOutOnly: boolean;
    /** Where the function was reached from (its callee in the caller), for what the caller does with its answer. */
    readonly at?: ts.Node;
  }
  const queue: Item[] = [{ fn: site.fn, via: undefined, made: undefined, handedOutOnly: false }];
  let current = queue[0]!;
  const followed = new Set<ts.Node>([site.fn]);
  let handedOutFollowed = 0;
  /**
   * The function `declaration` holds (or the product a factory call made: `as.made`), read from
   * `at`: not when only a log line uses what it answers there. It runs like the function that
   * reads it: a function of the same factory with the same call, another service's code for its
   * context only.
   */
  const follow = (
    declaration: ts.Node | undefined,
    via: string,
    at: ts.Node,
    as: { made?: FactoryProduct; handedOutOnly?: boolean } = {},
  ): void => {
    const fn =
      declaration !== undefined
        ? (functionAt(ctx, declaration) ?? ownFunction(ctx, declaration) ?? as.made?.product)
        : undefined;
    const handedOutOnly = as.handedOutOnly === true || current.handedOutOnly;
    if (
      fn === undefined ||
      followed.has(fn) ||
      followed.size >= MAX_FUNCTIONS ||
      (handedOutOnly && ++handedOutFollowed > MAX_HANDED_OUT_FUNCTIONS) ||
      fn.getSourceFile().isDeclarationFile
    )
      return;
    // not when its answer shapes nothing there, or only authenticates (`Authorization: \`Bearer ${secrets.get(…)}\``)
    const use = isCallee(ctx, at) ? at.parent : at;
    if (shapesNoAnswer(ctx, use) || isCredential(ctx, '', [use])) return;
    followed.add(fn);
    const from = current.made;
    queue.push({
      fn,
      via,
      made: as.made ?? (from !== undefined && within(fn, from.factory) ? from : undefined),
      handedOutOnly,
      at,
    });
  };
  const add = (
    input: Omit<BodyInput, 'reads' | 'reaching' | 'via' | 'from'>,
    node: ts.Node,
    via: string | undefined,
  ): void => {
    if (current.handedOutOnly && !HANDED_OUT.has(input.kind)) return;
    const key = input.symbol !== undefined ? `${input.name}#${symbolId(input.symbol)}` : input.name;
    const entry = inputs.get(key) ?? { input, reads: [], reaching: [], via: undefined };
    entry.reads.push(node);
    // a read that only feeds a log line, or only writes (`Svc.sent += 1;`), shapes no answer
    if (
      !shapesNoAnswer(ctx, node) &&
      !isWriteOnly(ctx, node) &&
      !(input.kind === 'configured-service' && answerDiscarded(ctx, node)) &&
      !(current.at !== undefined && unusedByCaller(ctx, node, current.fn, current.at))
    ) {
      if (entry.reaching.length === 0) entry.via = via;
      entry.reaching.push(node);
    }
    inputs.set(key, entry);
  };

  for (let i = 0; i < queue.length; i++) {
    current = queue[i]!;
    // another service's code is read for what it hands out (the request, the configuration): nothing else is classified there
    const { fn, via, made, handedOutOnly } = current;
    const visit = (node: ts.Node): void => {
      const env = ts.isIdentifier(node) ? processMemberAt(ctx, node, PROCESS_CONFIGURATION) : undefined;
      if (env !== undefined) {
        // in the body it is also read-body's (91041/91044, check-inputs leaves it there): an input for its key decision
        add({ name: processReadName(ctx, env), kind: 'env', declaration: undefined, symbol: undefined }, env, via);
      } else if (ts.isIdentifier(node) && isValueReference(ctx, node)) {
        const local = valueSymbolAt(ctx, node);
        const json = local !== undefined ? jsonImportOf(ctx, local) : undefined;
        const symbol = resolved(ctx, local);
        const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
        if (json !== undefined && !handedOutOnly && !isWriteOnly(ctx, node)) {
          // a JSON file's data, imported (`import config from './app.config.json'`): configuration, whatever declares its type
          add({ name: readName(ctx, node), kind: 'configuration', declaration: json, symbol: local }, node, via);
        } else if (
          symbol !== undefined &&
          declaration !== undefined &&
          !within(declaration, fn) &&
          !isWriteOnly(ctx, node)
        ) {
          const product = isFunctionValue(ctx, declaration)
            ? undefined
            : (factoryMade(ctx, declaration) ?? boundMade(ctx, declaration));
          if (product !== undefined) {
            // `const formatPrice = makeFormatter(process.env.PRICE_LOCALE)`: the function is configured by
            // the call that made it (classified like a client built from those arguments), and what
            // it reads besides the factory's parameters and constants is read here
            follow(declaration, via ?? `${node.text}()`, node, { made: product });
            const kind = handedOutOnly ? undefined : classifyBinding(ctx, engine, declaration, node, site);
            if (kind !== undefined) add({ name: readName(ctx, node), kind, declaration, symbol }, node, via);
          } else if (isCallee(ctx, node) || isFunctionValue(ctx, declaration))
            follow(declaration, via ?? `${node.text}()`, node);
          else if (!handedOutOnly && (made === undefined || !madeWith(ctx, declaration, made, fn))) {
            // (a factory's parameter or constant, read by its product, is answered for by the binding holding the product)
            let kind = classifyBinding(ctx, engine, declaration, node, site);
            // the state a lasting product keeps (`const seen = new Map()` in its factory) lives as long as module state
            if (kind === 'captured' && made !== undefined && within(declaration, made.factory)) kind = 'module-state';
            if (kind !== undefined) add({ name: readName(ctx, node), kind, declaration, symbol }, node, via);
          }
        }
      } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
        // the request's trace or request id says which call this is, not what it asks
        const travels = takesTravelHeader(ctx, node);
        const request = travels ? undefined : heldRequest(ctx, node);
        if (request !== undefined) {
          add(request, node, via);
          return;
        }
        const state = handedOutOnly || travels ? undefined : serviceState(ctx, node);
        if (state !== undefined) add(state, node, via);
        const member = handedOutOnly ? undefined : staticOrAmbient(ctx, node, site, engine);
        if (member !== undefined) {
          add(member, node, via);
          return;
        }
        const own = ownMember(ctx, node);
        const held = own !== undefined || handedOutOnly ? undefined : heldProduct(ctx, node);
        if (held !== undefined) {
          // `readonly format = makeFormatter(process.env.CURRENCY)` called as `this.format(…)`: as a module's product
          follow(held.declaration, via ?? `${node.getText().replace(/\s+/g, '')}()`, node, { made: held.made });
          const name = node.getText().replace(/\s+/g, '');
          if (configuredBy(ctx, engine, held.declaration, site).length > 0)
            add({ name, kind: 'configured-service', declaration: held.declaration, symbol: held.symbol }, node, via);
        } else if (own !== undefined) {
          // `this.reportingZone()`, `super.region`: the instance's own code (its class, a base class, a
          // mixin) runs as part of the body; its class fields are read-body's, every other input is here
          if (!within(own, fn))
            follow(own, via ?? `${node.getText().replace(/\s+/g, '')}${isCallee(ctx, node) ? '()' : ''}`, node);
        } else if (
          ts.isPropertyAccessExpression(node) &&
          node.expression.kind !== ts.SyntaxKind.ThisKeyword &&
          (isCallee(ctx, node) || (state === undefined && isGetter(ctx, node)))
        ) {
          // `helpers.tokenListUrl()`, `Pricing.rateFor()`: a function of the program reached through an object or namespace;
          // a getter is one too (`ciEnv.org` runs `get org()`). An instance's method or getter is that service's own
          // business (a service needs no decision) except for what it hands out of the request or the process's configuration
          const target = resolved(ctx, checker.getSymbolAtLocation(node.name));
          const declaration = target?.valueDeclaration;
          const instanceMethod =
            declaration !== undefined &&
            (ts.isMethodDeclaration(declaration) || ts.isGetAccessorDeclaration(declaration)) &&
            ts.isClassLike(declaration.parent) &&
            !(ts.getModifiers(declaration) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          const name = via ?? `${node.getText().replace(/\s+/g, '')}${isCallee(ctx, node) ? '()' : ''}`;
          // `ids.next()` on `const ids = createIds()`: the function the factory's object holds
          const member = productMember(ctx, node);
          if (member !== undefined) follow(member.product, name, node, { made: member });
          else if (declaration !== undefined && !within(declaration, fn) && !isMemoisedMethod(ctx, declaration))
            follow(declaration, name, node, { handedOutOnly: instanceMethod });
        }
      } else if (ts.isCallExpression(node)) {
        const context = ambientContext(ctx, node);
        if (context !== undefined) add(context, node, via);
      }
      // the process itself (`hostname()`, the default time zone) read in the body is read-body's; through a helper, here;
      // so is configuration asked of a service (`config.get('geo.region')`), also where another service hands it out
      if (via !== undefined && (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node))) {
        const source = sourceAt(ctx, node);
        if (source?.sort === 'per-process' && !handedOutOnly)
          add({ name: source.what, kind: 'process', declaration: undefined, symbol: undefined }, node, via);
        else if (source?.sort === 'config' && ts.isCallExpression(node))
          add(
            {
              name: node.getText().replace(/\s+/g, ''),
              kind: 'configuration',
              declaration: undefined,
              symbol: undefined,
            },
            node,
            via,
          );
      }
      ts.forEachChild(node, visit);
    };
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (body !== undefined) visit(body);
  }
  return [...inputs.values()].map(({ input, reads, reaching, via }) => ({
    ...input,
    reads,
    reaching,
    via,
    from: fromOf(ctx, engine, input, site),
  }));
}

function fromOf(
  ctx: AnalysisContext,
  engine: Provenance,
  input: Omit<BodyInput, 'reads' | 'reaching' | 'via' | 'from'>,
  site: MemoisedSite,
): BodyInput['from'] {
  if (input.kind === 'captured') return capturedFrom(ctx, engine, input.declaration, site);
  if (input.kind !== 'configured-service' || input.declaration === undefined) return [];
  const scope = ctx.checker!.getSymbolsInScope(site.fn, ctx.ts.SymbolFlags.Value);
  return configuredBy(ctx, engine, input.declaration, site).map((name) => ({
    name,
    symbol: scope.find((s) => s.name === name),
  }));
}

/** The enclosing functions' parameters a captured variable is computed from. */
function capturedFrom(
  ctx: AnalysisContext,
  engine: Provenance,
  declaration: ts.Node | undefined,
  site: MemoisedSite,
): BodyInput['from'] {
  const { ts, checker } = ctx;
  if (declaration === undefined || ts.isParameter(declaration) || checker === undefined) return [];
  const name = ts.isVariableDeclaration(declaration) || ts.isBindingElement(declaration) ? declaration.name : undefined;
  if (variableOf(ctx, declaration) === undefined || name === undefined || !ts.isIdentifier(name)) return [];
  const out = new Map<string, ts.Symbol | undefined>();
  for (const o of engine.originsOf(name)) {
    if (o.root.kind !== 'param' || o.root.fn === site.fn) continue;
    const param = o.root.fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))[
      o.root.index
    ];
    if (param === undefined || !ts.isIdentifier(param.name)) continue;
    out.set(param.name.text, checker.getSymbolAtLocation(param.name));
  }
  return [...out].map(([n, symbol]) => ({ name: n, symbol }));
}

const MUTATORS = new Set(['set', 'add', 'delete', 'clear', 'push', 'unshift', 'splice']);

/**
 * A use that only writes (`calls.total++`, `stats.last = x`, `seen.add(id)`, the value thrown
 * away: value-discarded.ts): the body changes state as a side effect; the value read does not
 * shape its answer.
 */
export function isWriteOnly(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  let top: ts.Node = node;
  while (
    (ts.isPropertyAccessExpression(top.parent) || ts.isElementAccessExpression(top.parent)) &&
    top.parent.expression === top
  ) {
    if (
      ts.isCallExpression(top.parent.parent) &&
      top.parent.parent.expression === top.parent &&
      ts.isPropertyAccessExpression(top.parent) &&
      MUTATORS.has(top.parent.name.text)
    ) {
      return isDiscarded(ctx, top.parent.parent);
    }
    top = top.parent;
  }
  const parent = top.parent;
  if (
    (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
    (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)
  )
    return isDiscarded(ctx, parent);
  if (
    ts.isBinaryExpression(parent) &&
    parent.left === top &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return isDiscarded(ctx, parent);
  return false;
}

/** The import a binding comes from when it imports a JSON module (`import config from './x.json'`). */
function jsonImportOf(ctx: AnalysisContext, symbol: ts.Symbol): ts.ImportDeclaration | undefined {
  const { ts } = ctx;
  // also under another name (`const cfg = analyticsConfig`)
  const declaration = constAliasOf(ctx, symbol).declarations?.[0];
  if (
    declaration === undefined ||
    !(ts.isImportClause(declaration) || ts.isNamespaceImport(declaration) || ts.isImportSpecifier(declaration))
  )
    return undefined;
  let node: ts.Node = declaration;
  while (!ts.isImportDeclaration(node) && node.parent !== undefined) node = node.parent;
  return ts.isImportDeclaration(node) &&
    ts.isStringLiteral(node.moduleSpecifier) &&
    /\.json5?$/i.test(node.moduleSpecifier.text)
    ? node
    : undefined;
}

/** How the body names what it reads: `config.model` for a property chain of plain names, else the binding. */
function readName(ctx: AnalysisContext, node: ts.Identifier): string {
  const { ts } = ctx;
  const used = dataRead(ctx, node);
  const text = used.getText().replace(/\s+/g, '');
  return ts.isPropertyAccessExpression(used) && /^[\w$]+(?:\.[\w$]+)*$/.test(text) ? text : node.text;
}

/**
 * A binding of the factory that made a product, read by the product (or a function of the
 * factory it calls): a parameter (the factory call's argument) or a `const` the program never
 * writes to (computed from those arguments and constants). The binding holding the product is
 * configured by the call's arguments (classify-input.ts `configuredBy`); its own state (a `let`,
 * a map the product fills) is not answered for there.
 */
function madeWith(ctx: AnalysisContext, declaration: ts.Node, made: FactoryProduct, fn: ts.Node): boolean {
  const { ts } = ctx;
  if (!within(declaration, made.factory) || within(declaration, fn)) return false;
  if (ts.isParameter(declaration)) return true;
  const variable = variableOf(ctx, declaration);
  if (variable === undefined || ((variable.parent as ts.VariableDeclarationList).flags & ts.NodeFlags.Const) === 0)
    return false;
  const symbol = ts.isIdentifier(variable.name) ? ctx.checker?.getSymbolAtLocation(variable.name) : undefined;
  return symbol !== undefined && !isMutated(ctx, symbol);
}

/** `this.format(…)` where the class's `readonly format` holds what a factory call (or a `bind`) made. */
function heldProduct(
  ctx: AnalysisContext,
  node: ts.Node,
): { declaration: ts.PropertyDeclaration; made: FactoryProduct; symbol: ts.Symbol } | undefined {
  const { ts, checker } = ctx;
  if (
    checker === undefined ||
    !ts.isPropertyAccessExpression(node) ||
    node.expression.kind !== ts.SyntaxKind.ThisKeyword ||
    !isCallee(ctx, node)
  )
    return undefined;
  const symbol = checker.getSymbolAtLocation(node.name);
  const declaration = symbol?.valueDeclaration;
  if (symbol === undefined || declaration === undefined || !ts.isPropertyDeclaration(declaration)) return undefined;
  const made = factoryMade(ctx, declaration) ?? boundMade(ctx, declaration);
  return made !== undefined ? { declaration, made, symbol } : undefined;
}

/** The function a declaration is: a function declaration, a method, a function-valued variable. */
function ownFunction(ctx: AnalysisContext, declaration: ts.Node): ProgramFunction | undefined {
  const { ts } = ctx;
  if (ts.isFunctionExpression(declaration) || ts.isArrowFunction(declaration)) return declaration;
  if (ts.isGetAccessorDeclaration(declaration) && declaration.body !== undefined) return declaration;
  return undefined;
}

/**
 * The method, getter or function-holding field of the program that `this.x` / `super.x` runs on
 * this instance (called, or a getter read), wherever the class hierarchy declares it (a base
 * class, a mixin's class).
 */
function ownMember(ctx: AnalysisContext, node: ts.Node): ts.Node | undefined {
  const { ts, checker } = ctx;
  if (
    checker === undefined ||
    !ts.isPropertyAccessExpression(node) ||
    (node.expression.kind !== ts.SyntaxKind.ThisKeyword && node.expression.kind !== ts.SyntaxKind.SuperKeyword)
  )
    return undefined;
  const declaration = checker.getSymbolAtLocation(node.name)?.valueDeclaration;
  if (declaration === undefined || declaration.getSourceFile().isDeclarationFile) return undefined;
  if (ts.isMethodDeclaration(declaration) && declaration.body !== undefined && isCallee(ctx, node))
    return isMemoisedMethod(ctx, declaration) ? undefined : declaration; // a memoised one answers for its own inputs
  if (ts.isGetAccessorDeclaration(declaration) && declaration.body !== undefined) return declaration;
  // `private buildUrl = (id) => …`: a field holding a function of the class, called like a method
  if (ts.isPropertyDeclaration(declaration) && isCallee(ctx, node) && functionAt(ctx, declaration) !== undefined)
    return declaration;
  return undefined;
}

function symbolId(symbol: ts.Symbol): string {
  const d = symbol.valueDeclaration ?? symbol.declarations?.[0];
  return d !== undefined ? `${d.getSourceFile().fileName}:${d.pos}` : symbol.getName();
}

/** Through import aliases to the declaration's own symbol. */
function resolved(ctx: AnalysisContext, symbol: ts.Symbol | undefined): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) return checker!.getAliasedSymbol(symbol);
  return symbol;
}

function within(node: ts.Node, container: ts.Node): boolean {
  return node.getSourceFile() === container.getSourceFile() && node.pos >= container.pos && node.end <= container.end;
}

/**
 * What a helper returns in one property of an object literal (`return { timeoutMs: Number(env.X), … }`)
 * shapes the answer only as the caller uses that property. When the caller holds the answer in a
 * `const` (`const transport = transportOptions()`), takes it only property by property, and every
 * read of this property shapes no answer (`AbortSignal.timeout(transport.timeoutMs)`), the value
 * shapes nothing. A caller that passes the object on whole, or destructures it, uses all of it.
 */
function unusedByCaller(ctx: AnalysisContext, read: ts.Node, fn: ts.Node, at: ts.Node): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  let property: string | undefined;
  for (let node = read; node.parent !== undefined && node !== fn; node = node.parent) {
    const parent = node.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node && ts.isObjectLiteralExpression(parent.parent)) {
      const object = parent.parent;
      const returned =
        (ts.isReturnStatement(skipUp(ctx, object)) || skipUp(ctx, object) === fn) &&
        enclosingFunction(ctx, object) === fn;
      if (returned && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))) property = parent.name.text;
    }
  }
  const call = at.parent;
  if (property === undefined || !ts.isCallExpression(call) || call.expression !== at) return false;
  const holder = skipUp(ctx, call);
  if (
    !ts.isVariableDeclaration(holder) ||
    !ts.isIdentifier(holder.name) ||
    (holder.parent.flags & ts.NodeFlags.Const) === 0
  )
    return false;
  const symbol = checker.getSymbolAtLocation(holder.name);
  const scope = enclosingFunction(ctx, holder);
  if (symbol === undefined || scope === undefined) return false;
  return referencesIn(ctx, scope, symbol, holder.name).every((ref) => {
    const access = ref.parent;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== ref) return false; // taken whole
    return access.name.text !== property || shapesNoAnswer(ctx, access);
  });
}

/** The node above `node` past the wrappers that hand its value on (`await`, parentheses, `as`). */
function skipUp(ctx: AnalysisContext, node: ts.Node): ts.Node {
  const { ts } = ctx;
  let n = node.parent;
  while (ts.isAwaitExpression(n) || isOuterExpression(ctx, n)) n = n.parent;
  return n;
}

/** `obj.prop` where `prop` is a getter of the program: reading it runs its body. */
function isGetter(ctx: AnalysisContext, node: ts.PropertyAccessExpression): boolean {
  const declaration = resolved(ctx, ctx.checker?.getSymbolAtLocation(node.name))?.valueDeclaration;
  return declaration !== undefined && ctx.ts.isGetAccessorDeclaration(declaration) && declaration.body !== undefined;
}

/**
 * What another service's code is read for (`handedOutOnly`): the request it answers with, and the
 * process's configuration it hands out (`appConfig.get('model')`, a getter over `process.env`).
 */
const HANDED_OUT: ReadonlySet<InputKind> = new Set<InputKind>(['context', 'env', 'configuration']);

function isCallee(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  const parent = node.parent;
  return (
    (ts.isCallExpression(parent) || ts.isNewExpression(parent) || ts.isTaggedTemplateExpression(parent)) &&
    ('expression' in parent ? parent.expression === node : false)
  );
}

function isFunctionValue(ctx: AnalysisContext, declaration: ts.Node): boolean {
  return functionAt(ctx, declaration) !== undefined || ctx.ts.isFunctionDeclaration(declaration);
}

/** An identifier that reads a value: not a property name, a declaration's name, a label or a type. */
function isValueReference(ctx: AnalysisContext, node: ts.Identifier): boolean {
  const { ts } = ctx;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent)) &&
    parent.name === node
  )
    return false;
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isClassDeclaration(parent) ||
      ts.isBindingElement(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  if (
    ts.isTypeReferenceNode(parent) ||
    ts.isQualifiedName(parent) ||
    ts.isTypeQueryNode(parent) ||
    ts.isExpressionWithTypeArguments(parent)
  )
    return false;
  if (
    ts.isImportSpecifier(parent) ||
    ts.isExportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent)
  )
    return false;
  if (ts.isJsxAttribute(parent)) return false;
  if (node.text === 'undefined' || node.text === 'arguments') return false;
  // writes are not reads: `x = 1` (a compound `x += 1` reads too)
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    return false;
  return true;
}

/**
 * `Pricing.rates` (a static field of a class of the program) and `globalThis.region` (a
 * global): inputs read through a property, or undefined.
 */
function staticOrAmbient(
  ctx: AnalysisContext,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  site: MemoisedSite,
  engine: Provenance,
): Omit<BodyInput, 'reads' | 'reaching' | 'via' | 'from'> | undefined {
  const { ts, checker } = ctx;
  const object = node.expression;
  const name = ts.isPropertyAccessExpression(node)
    ? node.name.text
    : ts.isStringLiteralLike(node.argumentExpression)
      ? node.argumentExpression.text
      : undefined;
  if (name === undefined || !ts.isIdentifier(object)) return undefined;
  if (
    AMBIENT_OBJECTS.has(object.text) &&
    checker!.getSymbolAtLocation(object)?.valueDeclaration?.getSourceFile().isDeclarationFile !== false
  ) {
    // `globalThis.process.env.X` is the process's configuration, read as `process.env.X` is
    if (isCallee(ctx, node) || name === 'process') return undefined;
    const type = checker!.getTypeAtLocation(node);
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return undefined;
    const kind = classifyAmbient(ctx, node);
    return kind === undefined
      ? undefined
      : { name: `${object.text}.${name}`, kind, declaration: undefined, symbol: undefined };
  }
  const owner = resolved(ctx, checker!.getSymbolAtLocation(object));
  if (owner === undefined || !(owner.flags & ts.SymbolFlags.Class)) return undefined;
  const member = ts.isPropertyAccessExpression(node) ? checker!.getSymbolAtLocation(node.name) : undefined;
  const declaration = member?.valueDeclaration;
  if (
    declaration === undefined ||
    !ts.isPropertyDeclaration(declaration) ||
    declaration.getSourceFile().isDeclarationFile
  )
    return undefined;
  if (isCallee(ctx, node)) return undefined;
  const kind = classifyBinding(ctx, engine, declaration, node, site);
  return kind === undefined ? undefined : { name: `${object.text}.${name}`, kind, declaration, symbol: member };
}

/**
 * `this.limits.default[level]`, `this.request.headers['accept-language']`: data read off a
 * service field (an object with methods) rather than asked of it through a method: the
 * object's state, not an answer. Judged at the first property whose value holds no methods.
 */
function serviceState(
  ctx: AnalysisContext,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
): Omit<BodyInput, 'reads' | 'reaching' | 'via' | 'from'> | undefined {
  const { ts, checker } = ctx;
  let root: ts.Expression = node.expression;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) {
    if (root.expression.kind === ts.SyntaxKind.ThisKeyword) break;
    root = root.expression;
  }
  // a service the instance holds (`this.stripe`), or one the module holds (`const drain = new AbortController()`)
  const held =
    ts.isPropertyAccessExpression(root) && root.expression.kind === ts.SyntaxKind.ThisKeyword
      ? checker!.getSymbolAtLocation(root.name)?.valueDeclaration
      : undefined;
  const holder =
    held !== undefined && (ts.isPropertyDeclaration(held) || ts.isParameter(held))
      ? held
      : ts.isIdentifier(root)
        ? moduleVariable(ctx, root)
        : undefined;
  if (holder === undefined) return undefined;
  // a module's object is state when the program changes it, or when it is a signal, which the runtime flips
  if (
    ts.isVariableDeclaration(holder) &&
    checker!.getTypeAtLocation(node.expression).getSymbol()?.getName() !== 'AbortSignal' &&
    !actedOn(ctx, holder)
  )
    return undefined;
  if (
    !hasMethods(ctx, checker!.getTypeAtLocation(node.expression)) ||
    hasMethods(ctx, checker!.getTypeAtLocation(node))
  )
    return undefined;
  if (isCallee(ctx, node)) return undefined;
  const text = node.getText().replace(/\s+/g, '').replace(/\?\./g, '.');
  return { name: text, kind: 'service-state', declaration: undefined, symbol: undefined };
}

/**
 * The module-level variable of the program `id` names, holding a service (`const drain = new
 * AbortController()` at the top of a file). A collection the module keeps (a memo table, a set of
 * seen ids) is module state, classified with its binding; the process's own globals are not the program's.
 */
function moduleVariable(ctx: AnalysisContext, id: ts.Identifier): ts.VariableDeclaration | undefined {
  const { ts } = ctx;
  const declaration = valueSymbolAt(ctx, id)?.valueDeclaration;
  if (
    declaration === undefined ||
    !ts.isVariableDeclaration(declaration) ||
    !ts.isVariableStatement(declaration.parent.parent) ||
    !ts.isSourceFile(declaration.parent.parent.parent) ||
    declaration.getSourceFile().isDeclarationFile
  )
    return undefined;
  const type = ctx.checker!.getTypeAtLocation(id);
  const name = type.getSymbol()?.getName() ?? '';
  return ctx.checker!.isArrayType(type) || COLLECTIONS.has(name) ? undefined : declaration;
}

/**
 * The program changes what the module's object holds: it calls one of its methods for the effect,
 * the answer thrown away (`drain.abort();`, `breaker.recordFailure();`), or writes one of its
 * properties. An object only asked (`API.origin`, `decoder.decode(buf)`, `re.source`) is a constant.
 */
const actedOn = programMemo(findActedOn);

function findActedOn(ctx: AnalysisContext, declaration: ts.VariableDeclaration): boolean {
  const { ts, checker } = ctx;
  if (!ts.isIdentifier(declaration.name) || checker === undefined) return false;
  const symbol = checker.getSymbolAtLocation(declaration.name);
  const name = declaration.name.text;
  const holder = (node: ts.Node): boolean => {
    const root = accessRoot(ctx, node, true);
    return ts.isIdentifier(root) && root.text === name && valueSymbolAt(ctx, root) === symbol;
  };
  for (const file of ctx.program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    for (const node of fileSyntax(ts, file).nodes)
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        holder(node.expression.expression) &&
        isDiscarded(ctx, node)
      )
        return true;
  }
  let written = false;
  const visit = (node: ts.Node): void => {
    if (written) return;
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) &&
      holder(node.left.expression)
    )
      written = true;
    else ts.forEachChild(node, visit);
  };
  visit(declaration.getSourceFile());
  return written;
}

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'ReadonlyMap', 'ReadonlySet']);

/** A type whose values hold methods, directly or on properties a few levels down (a client, `openai.chat`). */
function hasMethods(ctx: AnalysisContext, type: ts.Type, depth = 0): boolean {
  const { ts, checker } = ctx;
  const t = checker!.getNonNullableType(type);
  if (t.getCallSignatures().length > 0 || isServiceType(ctx, t)) return true;
  if (depth >= 3 || !(t.flags & ts.TypeFlags.Object) || checker!.isArrayType(t)) return false;
  return t.getProperties().some((p) => {
    const d = p.valueDeclaration ?? p.declarations?.[0];
    if (d === undefined) return false;
    if (ts.isMethodDeclaration(d) || ts.isMethodSignature(d)) return true;
    return hasMethods(ctx, checker!.getTypeOfSymbolAtLocation(p, d), depth + 1);
  });
}

/** A property of the global object read as data (`globalThis.region`); functions and constructors are services. */
function classifyAmbient(ctx: AnalysisContext, node: ts.Expression): InputKind | undefined {
  const type = ctx.checker!.getTypeAtLocation(node);
  if (type.flags & ctx.ts.TypeFlags.Undefined) return undefined;
  return 'global';
}

/**
 * `this.req` where the field holds the request being served (`@Inject(REQUEST) private readonly
 * req: Request`, a request-scoped provider): whatever the code reads off it is the caller's
 * context, not an argument of the call.
 */
function heldRequest(
  ctx: AnalysisContext,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
): Omit<BodyInput, 'reads' | 'reaching' | 'via' | 'from'> | undefined {
  const { ts, checker } = ctx;
  if (
    checker === undefined ||
    !ts.isPropertyAccessExpression(node) ||
    node.expression.kind !== ts.SyntaxKind.ThisKeyword ||
    !isRequest(ctx, node)
  )
    return undefined;
  const symbol = checker.getSymbolAtLocation(node.name);
  return { name: `this.${node.name.text}`, kind: 'context', declaration: symbol?.valueDeclaration, symbol };
}

/** `store.getStore()` on a Node `AsyncLocalStorage`: the request context the call runs in. */
function ambientContext(
  ctx: AnalysisContext,
  call: ts.CallExpression,
): Omit<BodyInput, 'reads' | 'reaching' | 'via' | 'from'> | undefined {
  const { ts, checker } = ctx;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'getStore') return undefined;
  const type = checker!.getTypeAtLocation(callee.expression);
  if (!isAsyncLocalStorage(ctx, type)) return undefined;
  const receiver = callee.expression.getText().replace(/\s+/g, '');
  return { name: `${receiver}.getStore()`, kind: 'context', declaration: undefined, symbol: undefined };
}

function isAsyncLocalStorage(ctx: AnalysisContext, type: ts.Type): boolean {
  const { ts } = ctx;
  const seen = new Set<ts.Type>();
  const check = (t: ts.Type): boolean => {
    if (seen.has(t)) return false;
    seen.add(t);
    if (t.getSymbol()?.getName() === 'AsyncLocalStorage') return true;
    if (t.isUnion() || t.isIntersection()) return t.types.some(check);
    const target = (t as ts.TypeReference).target;
    if (target !== undefined && target !== t && target.getSymbol()?.getName() === 'AsyncLocalStorage') return true;
    const bases = t.isClassOrInterface()
      ? ctx.checker!.getBaseTypes(t)
      : target?.isClassOrInterface()
        ? ctx.checker!.getBaseTypes(target)
        : [];
    return bases.some(check) || ((t.flags & ts.TypeFlags.Object) !== 0 && false);
  };
  return check(type);
}
