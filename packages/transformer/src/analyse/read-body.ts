import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { finding, type Finding } from './finding';
import { readFieldMarks } from './read-annotations';
import { sourceAt } from './provenance/per-call-sources';
import { isServiceType } from './type-shape';

/** A class field read by a memoised body, with the user's key decision about it. */
export interface ClassFieldDecision {
  readonly name: string;
  readonly decision: 'include' | 'exclude';
  readonly reason: string;
}

export interface BodyReads {
  readonly fields: readonly ClassFieldDecision[];
  readonly findings: readonly Finding[];
  /** Offsets of `@cacheKey` / `@notKey` field decorators of the class, to strip. */
  readonly strip: readonly number[];
}

/**
 * "Nothing less": the inputs of a memoised body that are not its arguments. `this.x` reads of
 * class fields need a decision (`@cacheKey` puts the field in the key, `@notKey` records that
 * it does not shape the output) unless the field is a service; `process.env` and module-level
 * `let` reads are reported as warnings; `arguments` cannot be planned.
 */
export function readBody(ctx: AnalysisContext, site: MemoisedSite): BodyReads {
  const { ts } = ctx;
  const findings: Finding[] = [];
  const strip: number[] = [];
  const properties = new Map<string, ts.PropertyDeclaration | ts.ParameterDeclaration>();
  for (const member of site.classNode?.members ?? []) {
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name)) properties.set(member.name.text, member);
    if (ts.isConstructorDeclaration(member)) {
      // parameter properties: `constructor(private readonly model: string)`
      for (const param of member.parameters) {
        if (ts.isParameterPropertyDeclaration(param, member) && ts.isIdentifier(param.name)) properties.set(param.name.text, param);
      }
    }
  }
  for (const property of properties.values()) {
    for (const mark of readFieldMarks(ctx, property)) if (mark.stripStart !== undefined) strip.push(mark.stripStart);
  }
  const read = new Map<string, ts.Node>();
  let clockReported = false;
  let inBody = true;
  const body = site.fn.body;
  const method = site.defaultId;
  const visit = (node: ts.Node, ownThis: boolean): void => {
    if (ownThis && ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(node.name)) {
      if (properties.has(node.name.text) && !read.has(node.name.text)) read.set(node.name.text, node);
    } else if (ts.isIdentifier(node) && node.text === 'arguments' && ownThis && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
      findings.push(
        finding('RestParameter', node, `${method} reads \`arguments\`, so its inputs are not its declared parameters and keyproof cannot plan its key. Fix: declare every input as a named parameter.`),
      );
    } else if (isProcessEnv(ctx, node)) {
      findings.push(
        finding(
          'EnvRead',
          node,
          `${method} reads ${node.getText()}, which shapes its output but is not in the cache key: changing it will serve results computed under the old value. ` +
            'Fix: pass the value as a parameter (or a @cacheKey class field), or add the method\'s dependence to `version`.',
        ),
      );
    } else if (inBody && sourceAt(ctx, node)?.sort === 'per-call' && !clockReported) {
      clockReported = true;
      const value = sourceAt(ctx, node)?.what;
      findings.push(
        finding(
          'ClockRead',
          node,
          `${method} reads ${value} in its body: the output depends on a value that is new on every call, but a cached result keeps the value of the call that filled the cache. ` +
            'Fix: pass the value as a parameter (then decide whether it is in the key), or ignore 91043 if the value does not shape the result (timing, logging).',
        ),
      );
    } else if (ts.isIdentifier(node) && isModuleLet(ctx, node, site)) {
      findings.push(
        finding(
          'MutableModuleRead',
          node,
          `${method} reads the module-level \`let ${node.text}\`, which can change between calls but is not in the cache key. ` +
            `Fix: pass ${node.text} as a parameter, or make it a \`const\`.`,
        ),
      );
    }
    const nestedThis = ownThis && !(ts.isFunctionLike(node) && !ts.isArrowFunction(node)) && !ts.isClassLike(node);
    ts.forEachChild(node, (child) => visit(child, nestedThis));
  };
  const methodLike = site.kind === 'method' || (site.classNode !== undefined && ts.isArrowFunction(site.fn));
  if (body !== undefined) visit(body, methodLike);
  // defaults of the parameters are evaluated with the same `this` (per-call defaults are 91022's business)
  inBody = false;
  for (const p of site.fn.parameters) if (p.initializer !== undefined) visit(p.initializer, methodLike);

  const fields: ClassFieldDecision[] = [];
  for (const [name, property] of properties) {
    const at = read.get(name);
    if (at === undefined) continue;
    const marks = readFieldMarks(ctx, property);
    const include = marks.find((m) => m.kind === 'include');
    const exclude = marks.find((m) => m.kind === 'exclude');
    if (include !== undefined && exclude !== undefined) {
      findings.push(finding('Contradiction', property, `Class field "${name}" is marked both @cacheKey and @notKey. Fix: keep the one that is true for ${method}.`));
      continue;
    }
    if (include !== undefined) fields.push({ name, decision: 'include', reason: '' });
    else if (exclude !== undefined) fields.push({ name, decision: 'exclude', reason: exclude.reason });
    else if (ctx.checker !== undefined && !isServiceType(ctx, ctx.checker.getTypeAtLocation(property))) {
      findings.push(
        finding(
          'UndecidedField',
          at,
          `${method} reads this.${name}, a plain-data class field that is not in the cache key: if it differs between instances or changes, ` +
            `the cache serves results computed with another value. Fix: mark the field \`@cacheKey\` (it joins the key as "this.${name}") ` +
            'or `@notKey` (it does not shape the output).',
        ),
      );
    }
  }
  return { fields, findings, strip };
}

function isProcessEnv(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return false;
  const target = node.expression;
  return ts.isPropertyAccessExpression(target) && target.name.text === 'env' && ts.isIdentifier(target.expression) && target.expression.text === 'process';
}

function isModuleLet(ctx: AnalysisContext, node: ts.Identifier, site: MemoisedSite): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined) return false;
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node)) return false;
  const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
  if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return false;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.BlockScoped) === ts.NodeFlags.Const) return false;
  if (!ts.isVariableStatement(list.parent) || !ts.isSourceFile(list.parent.parent)) return false;
  return declaration.getSourceFile() === site.fn.getSourceFile() || !declaration.getSourceFile().isDeclarationFile;
}
