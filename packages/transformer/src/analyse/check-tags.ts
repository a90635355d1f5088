import type * as ts from 'typescript';
import type { KeyField } from '@keyproof/plan';
import type { MethodCheck } from './check';
import type { AnalysisContext } from './context';
import { finding, type Finding } from './finding';
import type { MethodPlan } from './plan-method';
import { sourceAt } from './provenance/per-call-sources';
import type { Annotations } from './key-marks';
import { readTags, type TagCall, type TagsOption } from './read-tags';
import { skipOuter } from './provenance/outer-expressions';

/**
 * A tag is part of the key's contract: its name is a literal some memoised method declares, and
 * every part comes from that method's key fields or constants.
 *
 * An entry's tags are computed from its key fields, so every call that shares the entry shares
 * its tags. A part taken from anything else (an excluded or non-key parameter, a clock or id
 * generator, a module `let`, `process.env`) labels a shared entry with whichever value the first
 * caller happened to have: invalidating by the tag then drops entries at random, or never. A name
 * that is not a literal cannot be checked against the invalidations (a typo'd string tag is a
 * silent no-op, the most reported bug of string tags). Invalidations are checked program-wide
 * in `check-tag-invalidations.ts`.
 *
 * Allowed in a part: a key field (a destructured name of the `tags` parameter, or
 * `fields.name`), a path inside one that the key keeps (not omitted, inside a pick), a constant
 * (a literal, or any expression whose type is a single literal: `const SCOPE = 'public'`, an
 * `as const` table, an enum member), and anything computed from those (`userId.toLowerCase()`,
 * `` `${a}:${b}` ``, `hash(userId)`), unless the computation is itself a per-call source.
 */
export const checkTags: MethodCheck = (ctx, site, plan, annotations) => {
  const option = readTags(ctx, site);
  if (option === undefined) return [];
  const method = plan.description.id;
  if (option.fn === undefined) {
    return [
      finding(
        'TagNameNotLiteral',
        option.written,
        `The tags option of ${method} is not a function written in place, so keyproof cannot read which tags its entries carry, nor check the invalidations against them. ` +
          "Fix: write it as an arrow over the key fields where the method is memoised: tags: ({ userId }) => [tag('user', userId)].",
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const t of option.tags) {
    if (t.name === undefined) findings.push(nameNotLiteral(method, t));
    for (const part of t.parts) {
      for (const problem of problemsIn(ctx, option, plan, annotations, part))
        findings.push(partFinding(method, t, problem, plan));
    }
  }
  return findings;
};

type Sort = 'excluded' | 'non-key' | 'not-a-field' | 'per-call' | 'outside';

interface Problem {
  readonly sort: Sort;
  /** The value's path as written or as the key names it (`requestId`, `Date.now()`, `currentRegion`). */
  readonly what: string;
  readonly node: ts.Node;
  /** What it is, for the message (`excluded with @notKey`, `a module-level let`). */
  readonly detail: string;
}

function nameNotLiteral(method: string, t: TagCall): Finding {
  const written = t.nameNode?.getText() ?? '(nothing)';
  return finding(
    'TagNameNotLiteral',
    t.nameNode ?? t.call,
    `The tag name ${written} in ${method} is not a string literal: keyproof cannot check that invalidateTag calls name a tag some method declares, so a misspelt or drifting name ` +
      "would invalidate nothing, silently. Fix: write the name as a string literal (tag('user', userId)) and put what varies in the tag's parts.",
  );
}

function partFinding(method: string, t: TagCall, p: Problem, plan: MethodPlan): Finding {
  const name = t.name !== undefined ? `'${t.name}'` : (t.nameNode?.getText() ?? 'tag');
  const keyFields = plan.description.fields.map((f) => f.name);
  const fields = keyFields.length > 0 ? keyFields.join(', ') : 'none';
  const why: Record<Sort, string> = {
    excluded: `the entry is shared by calls with any ${p.what}, so its tag names whichever ${p.what} the first call had: invalidating by it drops entries at random, or never`,
    'non-key': `the key leaves it out, so the entry is shared by calls with any ${p.what} and its tag names whichever ${p.what} the first call had`,
    'not-a-field': `the tags function receives only the key fields (${fields}), so it is undefined at run time`,
    'per-call': `it is new on every call, so no invalidation can name the tag it gives`,
    outside: `it can change without the entry changing, so the tag says something the key does not`,
  };
  return finding(
    'TagPartNotKey',
    p.node,
    `Tag ${name} of ${method}: a part comes from ${p.what}, ${p.detail}; ${why[p.sort]}. A tag's parts must come from the method's key fields or constants. ` +
      `Fix: make ${p.what} a key field, or tag by a key field (key fields: ${fields}).`,
  );
}

/** Why `expr` (a tag part) is not made of key fields and constants; empty when it is. */
function problemsIn(
  ctx: AnalysisContext,
  option: TagsOption,
  plan: MethodPlan,
  annotations: Annotations,
  expr: ts.Node,
): Problem[] {
  const { ts } = ctx;
  const node = skipOuter(ctx, expr);
  if (isConstant(ctx, node)) return [];
  if (ts.isSpreadElement(node)) return problemsIn(ctx, option, plan, annotations, node.expression);
  if (ts.isIdentifier(node)) {
    const bound = option.bound.get(node.text);
    if (bound !== undefined) return fieldProblems(plan, annotations, bound.field, bound.path, node);
    if (node.text === 'undefined') return [];
    const receiver = callbackReceiver(ctx, node);
    if (receiver !== undefined) return problemsIn(ctx, option, plan, annotations, receiver);
    return [{ sort: 'outside', what: node.text, node, detail: outsideDetail(ctx, node) }];
  }
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const chain = accessChain(ctx, node);
    if (chain !== undefined && chain.root === option.fieldsName && chain.path.length > 0) {
      return fieldProblems(plan, annotations, chain.path[0]!, chain.path.slice(1), node);
    }
    const bound = chain !== undefined ? option.bound.get(chain.root) : undefined;
    if (chain !== undefined && bound !== undefined)
      return fieldProblems(plan, annotations, bound.field, [...bound.path, ...chain.path], node);
    const source = sourceAt(ctx, node);
    if (source !== undefined)
      return [
        {
          sort: source.sort === 'per-call' ? 'per-call' : 'outside',
          what: source.what,
          node,
          detail: `a ${source.sort} value`,
        },
      ];
    const what = node.getText();
    if (node.expression.kind === ts.SyntaxKind.ThisKeyword)
      return [{ sort: 'outside', what, node, detail: 'read through `this`, which in the options is not the instance' }];
    if (chain === undefined || chain.root === 'this')
      return [{ sort: 'outside', what, node, detail: 'a value from outside the key' }];
    if (option.bound.has(chain.root) || chain.root === option.fieldsName) return [];
    return [
      {
        sort: 'outside',
        what,
        node,
        detail: /^process\.env\b/.test(what)
          ? 'an environment variable'
          : 'a value from outside the key, not a constant',
      },
    ];
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const source = sourceAt(ctx, node);
    if (source !== undefined) {
      return [
        {
          sort: source.sort === 'per-call' ? 'per-call' : 'outside',
          what: source.what,
          node,
          detail: `a ${source.sort} value`,
        },
      ];
    }
    const args = [...(node.arguments ?? [])];
    const callee = skipOuter(ctx, node.expression);
    const onReceiver = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee);
    if (!onReceiver && args.length === 0) {
      return [
        { sort: 'outside', what: `${callee.getText()}()`, node, detail: 'a call that reads from outside the key' },
      ];
    }
    const receiver = onReceiver ? problemsIn(ctx, option, plan, annotations, callee.expression) : [];
    return [...receiver, ...args.flatMap((a) => problemsIn(ctx, option, plan, annotations, a))];
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return [];
  const problems: Problem[] = [];
  ts.forEachChild(node, (child) => {
    if (ts.isExpression(child) || ts.isTemplateSpan(child))
      problems.push(...problemsIn(ctx, option, plan, annotations, ts.isTemplateSpan(child) ? child.expression : child));
  });
  return problems;
}

/** A key field read by name: fine when the key keeps it (and the path below it); otherwise why not. */
function fieldProblems(
  plan: MethodPlan,
  annotations: Annotations,
  field: string,
  path: readonly string[],
  node: ts.Node,
): Problem[] {
  const what = [field, ...path].join('.');
  const key = plan.description.fields.find((f) => f.name === field) ?? bindingField(plan, annotations, field);
  if (key !== undefined) {
    const inner = key.name === field ? path : [field, ...path];
    return keptPath(key, inner)
      ? []
      : [{ sort: 'excluded', what, node, detail: `which the key of ${field} leaves out` }];
  }
  const excluded = plan.description.excluded.find((e) => e.name === field);
  if (excluded !== undefined)
    return [
      {
        sort: 'excluded',
        what,
        node,
        detail: `which the key leaves out (${excluded.reason.replace(/\s*\(.*\)$/, '')})`,
      },
    ];
  const param = annotations.params.find((p) => p.name === field || p.bindingNames.includes(field));
  if (param !== undefined)
    return [{ sort: 'non-key', what, node, detail: `a parameter of the method that is not a key field` }];
  return [{ sort: 'not-a-field', what, node, detail: 'which is not a key field of the method' }];
}

/** A key field over a destructured parameter (`{ a, b }`) whose binding is `field`. */
function bindingField(plan: MethodPlan, annotations: Annotations, field: string): KeyField | undefined {
  const param = annotations.params.find((p) => p.bindingNames.includes(field));
  return param === undefined ? undefined : plan.description.fields.find((f) => f.index === param.index);
}

/** True when the key keeps `path` of the field: not omitted, and inside its pick when it has one. */
function keptPath(field: KeyField, path: readonly string[]): boolean {
  if (path.length === 0) return true;
  const dotted = path.join('.');
  const covers = (p: string): boolean => dotted === p || dotted.startsWith(`${p}.`);
  if ((field.omit ?? []).some(covers)) return false;
  return field.pick === undefined || field.pick.some(covers) || field.pick.some((p) => p.startsWith(`${dotted}.`));
}

/** A literal, or an expression whose type is a single literal (a `const`, an `as const` table's entry, an enum member). */
function isConstant(ctx: AnalysisContext, node: ts.Node): boolean {
  const { ts, checker } = ctx;
  if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) return true;
  if (
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  )
    return true;
  if (
    checker === undefined ||
    !(ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
  )
    return false;
  const type = checker.getTypeAtLocation(node);
  return type.isLiteral() || (type.flags & (ts.TypeFlags.BooleanLiteral | ts.TypeFlags.EnumLiteral)) !== 0;
}

/**
 * A callback's parameter carries its receiver's elements: in `userIds.map((id) => tag('user', id))`
 * the part `id` comes from `userIds`. Returns the receiver, or undefined for any other name.
 */
function callbackReceiver(ctx: AnalysisContext, node: ts.Identifier): ts.Expression | undefined {
  const { ts, checker } = ctx;
  const declaration = checker?.getSymbolAtLocation(node)?.valueDeclaration;
  if (declaration === undefined || !ts.isParameter(declaration)) return undefined;
  const callback = declaration.parent;
  if (!(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return undefined;
  const call = callback.parent;
  if (
    !ts.isCallExpression(call) ||
    !call.arguments.includes(callback) ||
    !ts.isPropertyAccessExpression(call.expression)
  )
    return undefined;
  return call.expression.expression;
}

function outsideDetail(ctx: AnalysisContext, node: ts.Identifier): string {
  const { ts, checker } = ctx;
  const declaration = checker?.getSymbolAtLocation(node)?.valueDeclaration;
  if (declaration === undefined) return 'a value from outside the key';
  if (ts.isParameter(declaration)) return 'a parameter of an enclosing function, captured by the tags function';
  if (ts.isVariableDeclaration(declaration) && ts.isVariableDeclarationList(declaration.parent)) {
    const isConst = (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
    const atModule = ts.isSourceFile(declaration.parent.parent.parent);
    if (!isConst)
      return atModule ? 'a module-level `let` the program can reassign' : 'a variable the program can reassign';
    return 'a constant whose value is not known at build time';
  }
  return 'a value from outside the key, not a constant';
}

function accessChain(ctx: AnalysisContext, node: ts.Expression): { root: string; path: string[] } | undefined {
  const { ts } = ctx;
  const path: string[] = [];
  let current: ts.Node = node;
  for (;;) {
    current = skipOuter(ctx, current);
    if (ts.isPropertyAccessExpression(current)) {
      path.unshift(current.name.text);
      current = current.expression;
    } else if (ts.isElementAccessExpression(current) && ts.isStringLiteralLike(current.argumentExpression)) {
      path.unshift(current.argumentExpression.text);
      current = current.expression;
    } else if (ts.isIdentifier(current)) {
      return { root: current.text, path };
    } else if (current.kind === ts.SyntaxKind.ThisKeyword) {
      return { root: 'this', path };
    } else {
      return undefined;
    }
  }
}
