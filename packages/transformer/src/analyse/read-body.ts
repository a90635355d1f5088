import type * as ts from 'typescript';
import { shapesNoAnswer } from './read-outputs';
import { valueSymbolAt } from './provenance/resolve-function';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { sourceAt } from './provenance/per-call-sources';
import { processMember } from './provenance/builtin-names';
import { readClassMembers, type FieldDeclaration } from './read-class-members';

/** Every read of one class field by a memoised body (or the helpers and getters it calls on `this`). */
export interface FieldRead {
  readonly name: string;
  readonly declaration: FieldDeclaration;
  readonly nodes: readonly ts.Node[];
  /** The helper or getter of the class the first read is in (`this.isRepoInBucket()`), when not the body itself. */
  readonly via: string | undefined;
}

/**
 * "Nothing less": the inputs of a memoised body that are not its arguments, as facts. Reads of
 * `this` fields are followed through `this.x`, `this['x']`, `this.#x`, `const { x } = this`,
 * and into the methods and getters of the class and its base classes that the body calls
 * (bounded, cycle-safe). `check-body-reads.ts` turns these into findings.
 */
export interface BodyReads {
  readonly fields: readonly FieldRead[];
  /**
   * `process.env` reads in the body, names of module constants read from it at load
   * (`OPENAI_MODEL`), and reads of the process itself that are not only logged (`os.hostname()`,
   * the default time zone).
   */
  readonly env: readonly ts.Node[];
  /** For a module constant in `env`: the `process.env` read that initialised it. */
  readonly envSource: ReadonlyMap<ts.Node, ts.Node>;
  readonly moduleLets: readonly ts.Identifier[];
  /** The first clock or random read in the body itself (`Date.now()`) that is not only logged, if any. */
  readonly clock: { readonly node: ts.Node; readonly what: string } | undefined;
  readonly argumentsReads: readonly ts.Node[];
}

const MAX_HELPERS = 32;

export function readBody(ctx: AnalysisContext, site: MemoisedSite): BodyReads {
  const { ts } = ctx;
  const members = readClassMembers(ctx, site.classNode);
  const fields = new Map<string, ts.Node[]>();
  const via = new Map<string, string>();
  const env: ts.Node[] = [];
  const envSource = new Map<ts.Node, ts.Node>();
  const moduleLets: ts.Identifier[] = [];
  const argumentsReads: ts.Node[] = [];
  let clock: BodyReads['clock'];
  const queued = new Set<ts.Node>();
  const helpers: { body: ts.Node; via: string }[] = [];
  let current: string | undefined;
  const readField = (name: string, node: ts.Node): void => {
    if (members.fields.has(name)) {
      fields.set(name, [...(fields.get(name) ?? []), node]);
      if (current !== undefined && !via.has(name)) via.set(name, current);
    }
    const callable = members.callables.get(name);
    // a helper whose answer only a log line uses shapes nothing through that answer
    if (
      callable?.body !== undefined &&
      !queued.has(callable) &&
      queued.size < MAX_HELPERS &&
      !shapesNoAnswer(ctx, ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : node)
    ) {
      queued.add(callable);
      helpers.push({
        body: callable.body,
        via: current ?? `this.${name}${ts.isGetAccessorDeclaration(callable) ? '' : '()'}`,
      });
    }
  };
  const visit = (node: ts.Node, ownThis: boolean, inBody: boolean): void => {
    const thisName = ownThis ? memberOfThis(ctx, node) : undefined;
    if (thisName !== undefined) readField(thisName, node);
    else if (ownThis && ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
      // `super.getStorage()` runs the base class's method on this instance: followed like `this.x()`
      const base = ctx.checker?.getSymbolAtLocation(node.name)?.valueDeclaration;
      if (
        base !== undefined &&
        (ts.isMethodDeclaration(base) || ts.isGetAccessorDeclaration(base)) &&
        base.body !== undefined &&
        !queued.has(base) &&
        queued.size < MAX_HELPERS
      ) {
        queued.add(base);
        helpers.push({ body: base.body, via: current ?? `super.${node.name.text}()` });
      }
    } else if (
      ownThis &&
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer?.kind === ts.SyntaxKind.ThisKeyword
    ) {
      for (const element of node.name.elements) {
        const key = element.propertyName ?? element.name;
        if (ts.isIdentifier(key)) readField(key.text, element);
      }
    } else if (
      ts.isIdentifier(node) &&
      node.text === 'arguments' &&
      ownThis &&
      inBody &&
      !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
    ) {
      argumentsReads.push(node);
    } else if (isProcessEnv(ctx, node, true)) {
      if (inBody) env.push(node);
    } else if (
      inBody &&
      clock === undefined &&
      sourceAt(ctx, node)?.sort === 'per-call' &&
      !shapesNoAnswer(ctx, node)
    ) {
      // timing for a log line or a metric (`const started = Date.now(); … log(Date.now() - started)`) shapes nothing
      clock = { node, what: sourceAt(ctx, node)!.what };
    } else if (inBody && ts.isCallExpression(node) && sourceAt(ctx, node)?.sort === 'config') {
      // the configuration behind a service (`this.config.get('MODEL')`), read as process.env is
      env.push(node);
    } else if (inBody && sourceAt(ctx, node)?.sort === 'per-process' && !shapesNoAnswer(ctx, node)) {
      // the process's environment as much as process.env: the host, the pid, the default time zone
      env.push(node);
    } else if (inBody && ts.isIdentifier(node) && isModuleLet(ctx, node, site)) {
      moduleLets.push(node);
    } else if (inBody && ts.isIdentifier(node)) {
      const source = moduleEnvConstant(ctx, node);
      if (source !== undefined && !env.some((n) => envSource.get(n) === source)) {
        env.push(node);
        envSource.set(node, source);
      }
    }
    const nestedThis = ownThis && !(ts.isFunctionLike(node) && !ts.isArrowFunction(node)) && !ts.isClassLike(node);
    ts.forEachChild(node, (child) => visit(child, nestedThis, inBody));
  };
  const methodLike = site.kind === 'method' || (site.classNode !== undefined && ts.isArrowFunction(site.fn));
  if (site.fn.body !== undefined) visit(site.fn.body, methodLike, true);
  // defaults of the parameters are evaluated with the same `this` (per-call defaults are 91022's business)
  for (const p of site.fn.parameters) if (p.initializer !== undefined) visit(p.initializer, methodLike, false);
  for (let i = 0; i < helpers.length; i++) {
    current = helpers[i]!.via;
    visit(helpers[i]!.body, true, false);
  }
  const reads: FieldRead[] = [];
  for (const [name, nodes] of fields)
    reads.push({ name, declaration: members.fields.get(name)!, nodes, via: via.get(name) });
  return { fields: reads, env, envSource, moduleLets, clock, argumentsReads };
}

/** `this.x`, `this.#x`, `this['x']`: the member's name, or undefined. */
function memberOfThis(ctx: AnalysisContext, node: ts.Node): string | undefined {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) return node.name.text;
  if (
    ts.isElementAccessExpression(node) &&
    node.expression.kind === ts.SyntaxKind.ThisKeyword &&
    ts.isStringLiteralLike(node.argumentExpression)
  )
    return node.argumentExpression.text;
  return undefined;
}

/**
 * `process.env.X`, `process.env['X']`, `process.env` itself read whole (`const { X = '…' } =
 * process.env`), and with `line`, the command line the same ways (`process.argv[2]`): the
 * configuration the process was started with.
 */
function isProcessEnv(ctx: AnalysisContext, node: ts.Node, line = false): boolean {
  const { ts } = ctx;
  // `process.env`, or `env` / `proc.env` as the file imported them from 'node:process'
  const isEnv = (n: ts.Node): boolean => {
    const member = processMember(ctx, n);
    return member === 'env' || (line && (member === 'argv' || member === 'execArgv'));
  };
  if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && isEnv(node.expression))
    return true;
  return isEnv(node) && !ts.isPropertyAccessExpression(node.parent) && !ts.isElementAccessExpression(node.parent);
}

/** `const { OPENAI_MODEL = '…' } = process.env` (or `= process.env.X`) at module level: the `process.env` read behind a name. */
function moduleEnvConstant(ctx: AnalysisContext, node: ts.Identifier): ts.Node | undefined {
  const { ts, checker } = ctx;
  const parent = node.parent;
  if (
    checker === undefined ||
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node)
  )
    return undefined;
  const declaration = valueSymbolAt(ctx, node)?.valueDeclaration;
  return declaration === undefined ? undefined : envConstantRead(ctx, declaration);
}

/**
 * The `process.env` read a module constant is (`const { X = '…' } = process.env`, `const X =
 * process.env.X ?? 'y'`), which a body's read of the constant is checked as (check-body-reads.ts);
 * a constant only built from such a read (`{ region: process.env.REGION }`) is an input (check-inputs.ts).
 */
export function envConstantRead(ctx: AnalysisContext, binding: ts.Node): ts.Node | undefined {
  const { ts } = ctx;
  let declaration: ts.Node = binding;
  while (
    ts.isBindingElement(declaration) ||
    ts.isObjectBindingPattern(declaration) ||
    ts.isArrayBindingPattern(declaration)
  )
    declaration = declaration.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return undefined;
  const statement = declaration.parent.parent;
  if (
    !ts.isVariableStatement(statement) ||
    !ts.isSourceFile(statement.parent) ||
    statement.getSourceFile().isDeclarationFile
  )
    return undefined;
  let init: ts.Expression = declaration.initializer;
  while (
    ts.isBinaryExpression(init) &&
    (init.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      init.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  )
    init = init.left;
  return isProcessEnv(ctx, init) ? init : undefined;
}

function isModuleLet(ctx: AnalysisContext, node: ts.Identifier, site: MemoisedSite): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  const parent = node.parent;
  if (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node)
  )
    return false;
  const symbol = valueSymbolAt(ctx, node);
  const declaration = symbol?.valueDeclaration;
  if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return false;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.BlockScoped) === ts.NodeFlags.Const)
    return false;
  if (!ts.isVariableStatement(list.parent) || !ts.isSourceFile(list.parent.parent)) return false;
  return declaration.getSourceFile() === site.fn.getSourceFile() || !declaration.getSourceFile().isDeclarationFile;
}
