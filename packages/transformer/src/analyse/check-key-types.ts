import type * as ts from 'typescript';
import { excludeFix, pickFix } from './spell-decision';
import { finding, type Finding } from './finding';
import type { MethodCheck } from './check';
import { isLooseType, isPerCallType, isTypeOnlyProperty, unencodableReason } from './type-shape';

/**
 * Every key field must have a stable encoding: no functions, symbols, promises, weak
 * collections, streams or class instances with methods. `any`/`unknown` is a warning (the
 * encoding is only known at run time). A `PerCall<T>` parameter can never be in the key.
 */
export const checkKeyTypes: MethodCheck = (ctx, site, plan) => {
  const { checker } = ctx;
  if (checker === undefined) return [];
  const findings: Finding[] = [];
  for (const param of plan.keyParams) {
    const declared = checker.getTypeAtLocation(param.node);
    if (isPerCallType(ctx, declared)) {
      findings.push(
        finding(
          'PerCallType',
          param.node,
          `Parameter "${param.name}" of ${site.defaultId} is typed PerCall<...>: its value is new on every call, so keying on it means the cache never hits. ` +
            `Fix: exclude it with ${excludeFix(ctx, param.name)}.`,
        ),
      );
      continue;
    }
    if (plan.normalizers.has(param.index)) continue; // the normaliser decides what is hashed
    const field = plan.description.fields.find((f) => f.index === param.index);
    // a destructured parameter is keyed as the names it binds: a message names the one a user can write (`request`)
    const bound = param.bindingNames.length > 0 && field?.pick === undefined && field?.omit === undefined;
    for (const [label, type] of bound
      ? boundParts(ctx, param.node)
      : keyedParts(ctx, declared, field?.pick, field?.omit, param.node)) {
      const name = bound ? label : label === '' ? param.name : `${param.name}.${label}`;
      if (isLooseType(ctx, type)) {
        findings.push(
          finding(
            'LooseKeyType',
            param.node,
            `Key field "${name}" of ${site.defaultId} is typed ${checker.typeToString(type)}: keyproof cannot check at build time that it has a stable encoding. ` +
              'Fix: give it a concrete type (or exclude it).',
          ),
        );
        continue;
      }
      const reason = unencodableReason(ctx, type, 'key');
      if (reason !== undefined) {
        findings.push(
          finding(
            'UnencodableKey',
            param.node,
            `Key field "${name}" of ${site.defaultId} is ${reason}: it has no stable encoding, so equal calls would not share a key (or the call fails at run time). ` +
              `Fix: key on plain data (${pickFix(ctx, param.bindingNames.length > 0 ? name : param.name)}), or exclude it with ${excludeFix(ctx, name)}.`,
          ),
        );
      }
    }
  }
  return findings;
};

/** The types actually hashed for a field: the picked paths, or the properties left after omits. */
function keyedParts(
  ctx: Parameters<MethodCheck>[0],
  type: ts.Type,
  pick: readonly string[] | undefined,
  omit: readonly string[] | undefined,
  at: ts.Node,
): [string, ts.Type][] {
  const checker = ctx.checker!;
  const propertyType = (t: ts.Type, path: string): ts.Type | undefined => {
    let current: ts.Type | undefined = t;
    for (const segment of path.split('.')) {
      const p: ts.Symbol | undefined =
        current !== undefined ? checker.getNonNullableType(current).getProperty(segment) : undefined;
      current = p !== undefined ? checker.getTypeOfSymbolAtLocation(p, at) : undefined;
    }
    return current;
  };
  if (pick !== undefined)
    return pick.flatMap((p): [string, ts.Type][] => {
      const t = propertyType(type, p);
      return t !== undefined ? [[p, t]] : [];
    });
  if (omit !== undefined) {
    const top = new Set(omit.filter((o) => !o.includes('.')));
    return checker
      .getNonNullableType(type)
      .getProperties()
      .filter((p) => !top.has(p.getName()) && !isTypeOnlyProperty(ctx, p))
      .map((p): [string, ts.Type] => [p.getName(), checker.getTypeOfSymbolAtLocation(p, at)]);
  }
  return [['', type]];
}

/** The names a destructuring parameter binds, with their types: what its key field holds. */
function boundParts(ctx: Parameters<MethodCheck>[0], param: ts.ParameterDeclaration): [string, ts.Type][] {
  const { ts } = ctx;
  const checker = ctx.checker!;
  const out: [string, ts.Type][] = [];
  const visit = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) out.push([name.text, checker.getTypeAtLocation(name)]);
    else for (const element of name.elements) if (ts.isBindingElement(element)) visit(element.name);
  };
  visit(param.name);
  return out;
}
