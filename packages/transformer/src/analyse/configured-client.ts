import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { FieldRead } from './read-body';
import { readFieldMarks } from './read-annotations';
import { readClassMembers, valuesAssigned } from './read-class-members';
import { isServiceType } from './type-shape';
import { valueSymbolAt } from './provenance/resolve-function';
import { callThrough, isDiscarded } from './provenance/value-discarded';
import { CREDENTIAL, travelsOnly } from './classify-input';
import { givenByConfiguration } from './credential-origin';

/**
 * "Services that carry identity": a service field needs no key decision, unless the class builds
 * the client itself from plain-data constructor arguments (`this.stripe = new Stripe(cfg.key)`)
 * and the memoised body uses what the client answers. Then the client carries the instance's
 * configuration (an account, a tenant, a base URL), and two instances sharing one store would
 * share entries. A class that states its identity with a `@cacheKey` field is not asked; a
 * client only told to log (`this.logger.info(…)`, its answer unused) is not asked either.
 *
 * @returns the constructor parameter the client is built from, or undefined.
 */
export function configuredClient(
  ctx: AnalysisContext,
  read: FieldRead,
  cls: ts.ClassLikeDeclaration | undefined,
): string | undefined {
  if (cls === undefined || identityFields(ctx, cls).length > 0) return undefined; // identity stated
  return builtFromConfiguration(ctx, read);
}

/** The class's `@cacheKey` fields (its own and its bases'): they state the instance's identity. */
export function identityFields(ctx: AnalysisContext, cls: ts.ClassLikeDeclaration | undefined): string[] {
  const out: string[] = [];
  for (const [name, field] of readClassMembers(ctx, cls).fields) {
    const marks = readFieldMarks(ctx, field);
    if (marks.some((m) => m.kind === 'include') && !marks.some((m) => m.kind === 'exclude')) out.push(name);
  }
  return out;
}

/** The constructor argument a service field the body asks is built from (`new Stripe(cfg.key)` → `cfg`), whatever the class states. */
export function builtFromConfiguration(ctx: AnalysisContext, read: FieldRead): string | undefined {
  const { ts, checker } = ctx;
  const declaration = read.declaration;
  if (checker === undefined || !ts.isPropertyDeclaration(declaration) || !ts.isClassLike(declaration.parent))
    return undefined;
  if (!read.nodes.some((n) => answerIsUsed(ctx, n))) return undefined;
  const owner = declaration.parent;
  const ctor = owner.members.find(
    (m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined,
  );
  if (ctor === undefined) return undefined;
  const values = valuesAssigned(ctx, declaration, [ctor], false);
  const params = new Set<ts.Node>(ctor.parameters.filter((p) => !isServiceType(ctx, checker.getTypeAtLocation(p))));
  for (const value of values) {
    if (!ts.isNewExpression(value) && !ts.isCallExpression(value)) continue;
    let found: string | undefined;
    // a credential the instances get from the process's configuration only lets the client in
    const configures = (read: ts.Node, target: ts.Node): boolean =>
      !(travelsOnlyAt(ctx, read) && givenByConfiguration(ctx, target));
    const scan = (node: ts.Node): void => {
      if (found !== undefined) return;
      if (ts.isIdentifier(node)) {
        const target = valueSymbolAt(ctx, node)?.valueDeclaration;
        if (target !== undefined && params.has(target) && configures(node, target)) found = node.text;
      } else if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const target = checker.getSymbolAtLocation(node)?.valueDeclaration;
        if (target !== undefined && params.has(target) && configures(node, target)) found = `this.${node.name.text}`;
        return;
      }
      ts.forEachChild(node, scan);
    };
    for (const arg of value.arguments ?? []) scan(arg);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A read in a client's construction that only authenticates or says how requests travel: named
 * as a credential (`secretKey`, `options.token`), or under such an option (`auth: …`, `userAgent: …`).
 */
function travelsOnlyAt(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts } = ctx;
  let read = node;
  while (ts.isPropertyAccessExpression(read.parent) && read.parent.expression === read) read = read.parent;
  const name = ts.isPropertyAccessExpression(read) ? read.name.text : ts.isIdentifier(read) ? read.text : '';
  if (CREDENTIAL.test(name)) return true;
  for (let n = read; !ts.isCallExpression(n.parent) && !ts.isNewExpression(n.parent); n = n.parent) {
    if (ts.isPropertyAssignment(n.parent) && n.parent.initializer === n)
      return travelsOnly(n.parent.name.getText().replace(/^['"`]|['"`]$/g, ''));
    if (
      !ts.isParenthesizedExpression(n.parent) &&
      !ts.isBinaryExpression(n.parent) &&
      !ts.isObjectLiteralExpression(n.parent) &&
      !ts.isPropertyAssignment(n.parent)
    )
      return false;
  }
  return false;
}

/** `this.stripe.products.list(…)` whose answer the body uses (not a bare `this.logger.info(…);` statement). */
function answerIsUsed(ctx: AnalysisContext, read: ts.Node): boolean {
  const { top, called } = callThrough(ctx, read);
  return called && !isDiscarded(ctx, top);
}
