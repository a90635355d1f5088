import type * as ts from 'typescript';
import type { AnalysisContext } from '../context';
import { fileSyntax } from '../file-syntax';
import { calledFunction, declarationOf } from './resolve-function';
import { skipOuter } from './outer-expressions';

/**
 * Every call of the program, by the declaration its callee resolves to (a function, a method,
 * an interface method, the variable or class property a function is stored in). Shared by the
 * call-site checks and by the engine's walk up to callers.
 *
 * One syntactic pass finds the calls; resolving them is done on demand, because resolving
 * `a.b(…)` asks the checker for the type of `a`, and on a fresh checker (every edit, in an
 * editor) doing that for every call of the program was most of the analysis. Callees that are
 * names (`f(…)`) are resolved at once: that is a scope lookup. Callees that are property
 * accesses are kept by property name and resolved when a declaration of that name is asked
 * for. A declaration is reached by a property of its own name, or by a name an import or export
 * gave it (`export { search as find }`, `ns.find(…)`; `ns.default(…)`), so those names are
 * resolved with it. A function value called through a holder that does not say which function
 * it holds (`deps.search(…)` typed `typeof search`) is found by its signature: asking for the
 * calls of a function expression resolves everything, once.
 */
/**
 * One call of a function, with the arguments as its parameters receive them: `f(a, b)`, and
 * also `f.call(self, a, b)`, `f.apply(self, [a, b])` and `g(b)` with `const g = f.bind(self, a)`.
 */
export interface CallSite {
  readonly node: ts.CallExpression;
  readonly args: readonly ts.Expression[];
}

/** Methods that call their first argument with the receiver's value (`then`) or each of its elements. */
const CALLBACK_METHODS = new Set(['then', 'map', 'flatMap', 'forEach', 'filter', 'find', 'findIndex', 'some', 'every']);

/** `Function.prototype` methods that call the function they are read from. */
const INDIRECT = new Set(['call', 'apply', 'bind']);

export class CallIndex {
  private readonly byDeclaration = new Map<ts.Node, CallSite[]>();
  /** Property-access calls not resolved yet, by property name. */
  private readonly byName = new Map<string, ts.CallExpression[]>();
  /** `t.call(…)`, `t.apply(…)`, `t.bind(…)(…)`, by `t`'s name (`t`, or `x.t`). */
  private readonly indirectByName = new Map<string, ts.CallExpression[]>();
  /** Calls whose callee holds a function value without saying which: resolved by signature. */
  private readonly bySignature: ts.CallExpression[] = [];
  /** Import and export renames, both ways (`a as b`: a ↔ b). */
  private readonly renames = new Map<string, Set<string>>();
  private signaturesResolved = false;
  /** Each call's place in the program (files in order, then source order): lists keep it whenever a call is resolved. */
  private readonly order = new Map<ts.CallExpression, number>();
  private readonly indirectSeen = new Set<ts.CallExpression>();

  constructor(
    private readonly ctx: AnalysisContext,
    files: readonly ts.SourceFile[],
  ) {
    const { ts } = ctx;
    if (ctx.checker === undefined) return;
    const index = (node: ts.CallExpression): void => {
      this.order.set(node, this.order.size);
      const callee = skipOuter(ctx, node.expression);
      if (ts.isPropertyAccessExpression(callee)) {
        push(this.byName, callee.name.text, node);
        this.callback(callee, node);
        // `t.call(…)` may call `t` (or be a method named call: both are kept)
        const target = indirectTarget(ctx, node);
        if (target !== undefined) this.indirect(target, node);
      } else {
        this.resolve(node, ts.isIdentifier(callee) ? callee : undefined);
        // `t.bind(self, a)(b)`
        const target = ts.isCallExpression(callee) ? indirectTarget(ctx, callee) : undefined;
        if (target !== undefined) this.indirect(target, node);
      }
    };
    for (const file of files) {
      const syntax = fileSyntax(ts, file);
      for (const node of syntax.nodes) if (ts.isCallExpression(node)) index(node);
      for (const [a, b] of syntax.renames) this.rename(a, b);
    }
  }

  /**
   * `p.then((value) => …)`, `items.map((item) => …)`: the callback is called with what the
   * receiver resolves to, or with its elements; the receiver stands for both (a promise's
   * origins are its value's, an array's are its elements').
   */
  private callback(callee: ts.PropertyAccessExpression, call: ts.CallExpression): void {
    const { ts } = this.ctx;
    if (!CALLBACK_METHODS.has(callee.name.text)) return;
    const fn = call.arguments[0] !== undefined ? skipOuter(this.ctx, call.arguments[0]) : undefined;
    if (fn === undefined || ts.isSpreadElement(fn)) return;
    const declaration =
      ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)
        ? fn
        : ts.isIdentifier(fn)
          ? declarationOf(this.ctx, fn)
          : undefined;
    if (declaration !== undefined) this.add(declaration, { node: call, args: [callee.expression] });
  }

  /**
   * Calls whose callee resolves to `declaration`. A function expression is also called where
   * the function it is handed to calls the parameter that receives it (`stamped((at) => …)`
   * with `function stamped(fn) { return fn(Date.now()); }`), and so on down a few hand-offs.
   */
  callsOf(declaration: ts.Node): readonly CallSite[] {
    const { ts } = this.ctx;
    if (ts.isFunctionExpression(declaration) || ts.isArrowFunction(declaration)) {
      this.resolveSignatures();
      const received = receivingParameters(this.ctx, declaration);
      if (received.length > 0)
        return [declaration, ...received]
          .flatMap((d) => this.byDeclaration.get(d) ?? [])
          .sort((a, b) => this.order.get(a.node)! - this.order.get(b.node)!);
    } else {
      const name = nameOf(this.ctx, declaration);
      if (name === undefined) this.resolveAll();
      else this.resolveNames(this.namesOf(name));
    }
    return this.byDeclaration.get(declaration) ?? [];
  }

  /** Calls of a function node, however it is declared (`function f`, a method, `const f = () => …`). */
  callsOfFunction(ctx: AnalysisContext, fn: ts.Node): readonly CallSite[] {
    const { ts } = ctx;
    const holder = ts.isVariableDeclaration(fn.parent) || ts.isPropertyDeclaration(fn.parent) ? fn.parent : undefined;
    return holder !== undefined ? [...this.callsOf(fn), ...this.callsOf(holder)] : this.callsOf(fn);
  }

  /**
   * Every declaration called somewhere, with calls through a property of one of these names
   * resolved (the members a caller is looking for; other property calls may not be listed).
   */
  declarationsCalled(names: Iterable<string>): IterableIterator<ts.Node> {
    this.resolveNames(names);
    return this.byDeclaration.keys();
  }

  private resolve(call: ts.CallExpression, name: ts.Node | undefined): void {
    const declaration = name !== undefined ? declarationOf(this.ctx, name) : undefined;
    if (declaration !== undefined) this.add(declaration, { node: call, args: call.arguments });
    if (declaration === undefined || isValueHolder(this.ctx, declaration)) this.bySignature.push(call);
    // `g(b)` with `const g = f.bind(self, a)`
    const bound = declaration !== undefined ? boundBy(this.ctx, declaration) : undefined;
    if (bound !== undefined) this.resolveBound(bound, call);
  }

  /**
   * `t.bind(self, a)` called with (b), at once (`t.bind(self, a)(b)`) or through `const g =
   * t.bind(self, a)`: a call of `t` with (a, b), when `bind` is Function.prototype's own.
   */
  private resolveBound(bind: ts.CallExpression, call: ts.CallExpression): void {
    const { ts } = this.ctx;
    const target = indirectTarget(this.ctx, bind);
    if (target === undefined || !(ts.isIdentifier(target) || ts.isPropertyAccessExpression(target))) return;
    if (!this.ifFunctionMethod(bind) || methodOf(this.ctx, bind) !== 'bind') return; // `t.call(…)(…)` calls what t returned
    const declaration = declarationOf(this.ctx, ts.isIdentifier(target) ? target : target.name);
    if (declaration !== undefined)
      this.add(declaration, { node: call, args: [...bind.arguments.slice(1), ...call.arguments] });
  }

  /** Kept by the name of `t` (resolving `t.call` asks for `t`'s type): resolved with the calls of that name. */
  private indirect(target: ts.Expression, call: ts.CallExpression): void {
    const { ts } = this.ctx;
    if (ts.isIdentifier(target)) push(this.indirectByName, target.text, call);
    else if (ts.isPropertyAccessExpression(target)) push(this.indirectByName, target.name.text, call);
  }

  /** `t.call(self, a)`, `t.apply(self, [a])`, `t.bind(self, a)(b)`: a call of `t` when the method is Function's own. */
  private resolveIndirect(call: ts.CallExpression): void {
    const { ts } = this.ctx;
    if (this.indirectSeen.has(call)) return;
    this.indirectSeen.add(call);
    if (ts.isCallExpression(call.expression)) {
      this.resolveBound(call.expression, call);
      return;
    }
    if (!this.ifFunctionMethod(call)) return;
    const target = indirectTarget(this.ctx, call)!;
    const method = methodOf(this.ctx, call);
    if (method === 'bind') return; // `t.bind(…)` alone calls nothing
    const args = method === 'call' ? call.arguments.slice(1) : spreadList(this.ctx, call.arguments[1]);
    if (args === undefined) return;
    const declaration = declarationOf(
      this.ctx,
      ts.isIdentifier(target) ? target : (target as ts.PropertyAccessExpression).name,
    );
    if (declaration !== undefined) this.add(declaration, { node: call, args });
  }

  /** True when `reader`'s callee (`t.call`, `t.apply`, `t.bind`) is Function.prototype's method, not a method of that name. */
  private ifFunctionMethod(reader: ts.CallExpression): boolean {
    const { ts } = this.ctx;
    const callee = skipOuter(this.ctx, reader.expression);
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const declaration = declarationOf(this.ctx, callee.name);
    const owner = declaration?.parent;
    return (
      owner !== undefined &&
      declaration!.getSourceFile().isDeclarationFile &&
      ts.isInterfaceDeclaration(owner) &&
      /^(?:Function|CallableFunction|NewableFunction)$/.test(owner.name.text)
    );
  }

  private resolveNames(names: Iterable<string>): void {
    const { ts } = this.ctx;
    for (const name of [...names]) {
      for (const call of this.indirectByName.get(name) ?? []) this.resolveIndirect(call);
      this.indirectByName.delete(name);
      const calls = this.byName.get(name);
      if (calls === undefined) continue;
      this.byName.delete(name);
      for (const call of calls) {
        const callee = skipOuter(this.ctx, call.expression);
        this.resolve(call, ts.isPropertyAccessExpression(callee) ? callee.name : undefined);
      }
    }
  }

  /** Every property call and every `t.call`/`t.apply`/`t.bind` call not resolved yet. */
  private resolveAll(): void {
    this.resolveNames([...this.byName.keys(), ...this.indirectByName.keys()]);
  }

  /** A function value called through a holder: the signature's declaration, when it is a function expression. */
  private resolveSignatures(): void {
    if (this.signaturesResolved) return;
    this.signaturesResolved = true;
    this.resolveAll();
    const { ts } = this.ctx;
    for (const call of this.bySignature) {
      const signature = this.ctx.checker!.getResolvedSignature(call)?.declaration;
      if (signature !== undefined && (ts.isFunctionExpression(signature) || ts.isArrowFunction(signature)))
        this.add(signature, { node: call, args: call.arguments });
    }
  }

  /** `name`, every name an import or export gave it (transitively), and `default`. */
  private namesOf(name: string): Set<string> {
    const names = new Set([name, 'default']);
    const queue = [name];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const other of this.renames.get(next) ?? []) {
        if (names.has(other)) continue;
        names.add(other);
        queue.push(other);
      }
    }
    return names;
  }

  private rename(a: string, b: string): void {
    if (a === b) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = this.renames.get(from) ?? new Set<string>();
      set.add(to);
      this.renames.set(from, set);
    }
  }

  private add(declaration: ts.Node, site: CallSite): void {
    const sites = this.byDeclaration.get(declaration) ?? [];
    const at = this.order.get(site.node)!;
    let i = sites.length;
    while (i > 0 && this.order.get(sites[i - 1]!.node)! > at) i--;
    sites.splice(i, 0, site);
    this.byDeclaration.set(declaration, sites);
  }
}

/** How many functions a function value is followed through when handed on as an argument. */
const MAX_HAND_OFFS = 3;

/**
 * The parameters of program functions that receive `fn` as an argument: directly
 * (`stamped(fn)`), then wherever such a parameter is itself handed on (`retry(fn)` inside
 * `stamped`). Bounded, cycle-safe; a rest parameter or a spread argument is not followed.
 */
function receivingParameters(ctx: AnalysisContext, fn: ts.Expression): ts.ParameterDeclaration[] {
  const { ts } = ctx;
  const out: ts.ParameterDeclaration[] = [];
  const follow = (value: ts.Expression, depth: number): void => {
    let node: ts.Node = value;
    while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent)) node = node.parent;
    const call = node.parent;
    if (depth >= MAX_HAND_OFFS || !ts.isCallExpression(call) || call.expression === node) return;
    const index = call.arguments.indexOf(node as ts.Expression);
    if (index < 0 || call.arguments.slice(0, index).some((a) => ts.isSpreadElement(a))) return;
    const callee = calledFunction(ctx, call.expression);
    const param = callee?.parameters[index];
    if (
      param === undefined ||
      param.dotDotDotToken !== undefined ||
      !ts.isIdentifier(param.name) ||
      out.includes(param)
    )
      return;
    out.push(param);
    // handed on: every plain read of the parameter passed as an argument
    const symbol = ctx.checker?.getSymbolAtLocation(param.name);
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n !== param.name && ctx.checker?.getSymbolAtLocation(n) === symbol)
        follow(n, depth + 1);
      ts.forEachChild(n, visit);
    };
    if (callee?.body !== undefined && symbol !== undefined) visit(callee.body);
  };
  follow(fn, 0);
  return out;
}

/** The name a property access would use to reach a declaration, or undefined when it has none that says (a computed name). */
function nameOf(ctx: AnalysisContext, declaration: ts.Node): string | undefined {
  const { ts } = ctx;
  const name = (declaration as { name?: ts.Node }).name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  return undefined;
}

/**
 * A parameter or property that holds a function value without declaring which: also a property
 * of an object literal filled by a call (`{ suggest: makeSuggest(backend) }`).
 */
function isValueHolder(ctx: AnalysisContext, declaration: ts.Node): boolean {
  const { ts } = ctx;
  if (
    ts.isParameter(declaration) ||
    ts.isPropertySignature(declaration) ||
    ts.isShorthandPropertyAssignment(declaration)
  )
    return true;
  if (
    ts.isVariableDeclaration(declaration) ||
    ts.isPropertyDeclaration(declaration) ||
    ts.isPropertyAssignment(declaration)
  ) {
    const init = declaration.initializer;
    return init === undefined || !(ts.isFunctionExpression(init) || ts.isArrowFunction(init));
  }
  return false;
}

function push(map: Map<string, ts.CallExpression[]>, name: string, call: ts.CallExpression): void {
  const calls = map.get(name) ?? [];
  calls.push(call);
  map.set(name, calls);
}

/** `t` of `t.call(…)`, `t.apply(…)`, `t.bind(…)` (the function they would call), else undefined. */
function indirectTarget(ctx: AnalysisContext, call: ts.CallExpression): ts.Expression | undefined {
  const { ts } = ctx;
  const callee = skipOuter(ctx, call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !INDIRECT.has(callee.name.text)) return undefined;
  return skipOuter(ctx, callee.expression);
}

/** `call`, `apply` or `bind` of a call whose callee is `t.call`, `t.apply`, `t.bind` (`indirectTarget` is defined). */
function methodOf(ctx: AnalysisContext, reader: ts.CallExpression): string {
  return (skipOuter(ctx, reader.expression) as ts.PropertyAccessExpression).name.text;
}

/** The `f.bind(…)` call a `const g = f.bind(…)` holds. */
function boundBy(ctx: AnalysisContext, declaration: ts.Node): ts.CallExpression | undefined {
  const { ts } = ctx;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
  const init = skipOuter(ctx, declaration.initializer);
  if (!ts.isCallExpression(init)) return undefined;
  const callee = skipOuter(ctx, init.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'bind' ? init : undefined;
}

/** The elements of `apply`'s argument list when it is written out (`[a, b]`), else undefined. */
function spreadList(ctx: AnalysisContext, list: ts.Expression | undefined): readonly ts.Expression[] | undefined {
  const { ts } = ctx;
  if (list === undefined) return [];
  const node = skipOuter(ctx, list);
  return ts.isArrayLiteralExpression(node) ? node.elements : undefined;
}
