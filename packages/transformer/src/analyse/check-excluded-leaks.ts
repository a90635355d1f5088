import type * as ts from 'typescript';
import { finding, type Finding } from './finding';
import type { MethodCheck } from './check';
import type { AnalysisContext } from './context';
import { keyDefaults } from './key-defaults';
import type { MethodPlan } from './plan-method';
import { overlaps, type Origin } from './provenance/origin';
import type { ParamInfo } from './key-marks';

/**
 * An excluded value must not reach the key another way: through a key parameter's default
 * value or normaliser (`name = jobId`), or carried inside another key parameter's type
 * (`ctx.jobId` while `jobId` is excluded).
 */
export const checkExcludedLeaks: MethodCheck = (ctx, site, plan, _annotations, engine) => {
  const findings: Finding[] = [];
  const excludedNames = new Map<string, ParamInfo>();
  for (const p of plan.excludedParams) {
    excludedNames.set(p.name, p);
    for (const b of p.bindingNames) excludedNames.set(b, p);
  }
  for (const { param, label, initializer } of keyDefaults(ctx, plan)) {
    const via =
      ctx.checker !== undefined
        ? excludedOrigin(engine.originsOf(initializer), site.fn, plan, param.name)
        : referencedParam(ctx, initializer, excludedNames);
    if (via === undefined) continue;
    findings.push(
      finding(
        'ExcludedInDefault',
        initializer,
        `The default value of key parameter "${label}" in ${site.defaultId} reads "${via}", which is excluded from the cache key: ` +
          `whenever the default applies, the excluded value is hashed after all. Fix: do not derive "${label}" from "${via}", or exclude "${label}" too.`,
      ),
    );
  }
  for (const param of plan.keyParams) {
    const normalizer = plan.normalizers.get(param.index);
    const viaNormalizer = normalizer !== undefined ? referencedParam(ctx, normalizer, excludedNames) : undefined;
    if (viaNormalizer !== undefined) {
      findings.push(
        finding(
          'ExcludedInDefault',
          normalizer!,
          `The normaliser of key parameter "${param.name}" in ${site.defaultId} reads "${viaNormalizer}", which is excluded from the cache key. ` +
            'Fix: a normaliser must depend only on the value it normalises.',
        ),
      );
    }
  }
  if (ctx.checker === undefined) return findings;
  const carried = new Set(
    [...excludedNames.keys(), ...plan.excludedPaths.map((e) => e.path[e.path.length - 1] ?? '')].filter(Boolean),
  );
  for (const param of plan.keyParams) {
    if (plan.normalizers.has(param.index)) continue;
    const field = plan.description.fields.find((f) => f.index === param.index);
    if (field?.pick !== undefined) {
      const picked = field.pick.find((p) => p.split('.').some((segment) => carried.has(segment)));
      if (picked !== undefined) {
        findings.push(
          finding(
            'ExcludedInType',
            param.node,
            `Key parameter "${param.name}" of ${site.defaultId} picks "${param.name}.${picked}" into the key, but "${picked.split('.').find((s) => carried.has(s))}" is excluded: ` +
              `the projection puts the excluded value back into the key. Fix: remove '${picked}' from @cacheKey(...), or stop excluding it.`,
          ),
        );
      }
      continue;
    }
    const omitted = new Set(field?.omit ?? []);
    const path = carrierPath(ctx, ctx.checker.getTypeAtLocation(param.node), carried, omitted, param.node);
    if (path === undefined) continue;
    const leaf = path.split('.').pop() ?? path;
    // the body reads that property as data (`c.userId`, each comment's author): another value than the excluded one
    if (readsProperty(ctx, site.fn.body, leaf)) continue;
    const shown = `${param.name}${path.startsWith('[') ? '' : '.'}${path}`;
    findings.push(
      finding(
        'ExcludedInType',
        param.node,
        `Key parameter "${param.name}" of ${site.defaultId} carries "${shown}", but "${leaf}" is excluded from the cache key: ` +
          `the excluded value still reaches the key inside "${param.name}", so calls that differ only in it never share an entry. ` +
          (path.includes('[]')
            ? `Fix: pass "${param.name}" without it (map the elements to what shapes the output), or exclude "${param.name}" if it does not shape the result.`
            : `Fix: add "@excludeFromKey ${param.name}.${path} reason" (or key on the properties you need with @cacheKey('...')).`),
      ),
    );
  }
  return findings;
};

function readsProperty(ctx: AnalysisContext, body: ts.Node | undefined, name: string): boolean {
  const { ts } = ctx;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === name &&
      node.expression.kind !== ts.SyntaxKind.ThisKeyword
    )
      found = true;
    else ts.forEachChild(node, visit);
  };
  if (body !== undefined) visit(body);
  return found;
}

/** The excluded value (`jobId`, `req.jobId`) an origin of a default is, unless it is captured by the parameter the default belongs to. */
function excludedOrigin(
  origins: readonly Origin[],
  fn: ts.SignatureDeclaration,
  plan: MethodPlan,
  into: string,
): string | undefined {
  for (const o of origins) {
    if (o.root.kind !== 'param' || o.root.fn !== fn) continue;
    const index = o.root.index;
    const whole = plan.excludedParams.find((p) => p.index === index);
    if (whole !== undefined && plan.capturedBy.get(whole.name) !== into) return whole.name;
    for (const e of plan.excludedPaths) {
      if (e.param.index !== index || !overlaps(o.path, e.path)) continue;
      const label = e.param.bindingNames.length > 0 ? e.path.join('.') : `${e.param.name}.${e.path.join('.')}`;
      if (plan.capturedBy.get(label) !== into) return label;
    }
  }
  return undefined;
}

function referencedParam(
  ctx: AnalysisContext,
  expr: ts.Node,
  names: ReadonlyMap<string, ParamInfo>,
): string | undefined {
  const { ts } = ctx;
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isName) {
        const declaration = ctx.checker?.getSymbolAtLocation(node)?.valueDeclaration;
        const param = names.get(node.text)!;
        if (
          declaration === undefined ||
          declaration === param.node ||
          (param.node.name.pos <= declaration.pos && declaration.end <= param.node.name.end)
        )
          found = node.text;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(expr);
  return found;
}

/** The first property path (two levels deep) of `type` whose name is in `names`. */
function carrierPath(
  ctx: AnalysisContext,
  type: ts.Type,
  names: ReadonlySet<string>,
  omitted: ReadonlySet<string>,
  at: ts.Node,
  prefix = '',
  depth = 0,
): string | undefined {
  const checker = ctx.checker!;
  const t = checker.getNonNullableType(type);
  if (!(t.flags & ctx.ts.TypeFlags.Object) || depth > 1) return undefined;
  if (checker.isArrayType(t)) {
    // `frames: Frame[]` with `Frame.jobId`: every element is hashed
    const element = checker.getTypeArguments(t as ts.TypeReference)[0];
    return element !== undefined ? carrierPath(ctx, element, names, omitted, at, `${prefix}[]`, depth) : undefined;
  }
  for (const property of t.getProperties()) {
    const path = prefix === '' ? property.getName() : `${prefix}.${property.getName()}`;
    if (omitted.has(path)) continue;
    if (names.has(property.getName())) return path;
  }
  for (const property of t.getProperties()) {
    const path = prefix === '' ? property.getName() : `${prefix}.${property.getName()}`;
    if (omitted.has(path)) continue;
    const inner = carrierPath(
      ctx,
      checker.getTypeOfSymbolAtLocation(property, at),
      names,
      omitted,
      at,
      path,
      depth + 1,
    );
    if (inner !== undefined) return inner;
  }
  return undefined;
}
