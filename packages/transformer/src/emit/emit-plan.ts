import type * as ts from 'typescript';
import type { PlannedMemo, TypeScript } from '../types';
import type { ClassNaming } from './emit-classes';
import { emitProjector } from './emit-projector';
import { toLiteral } from './to-literal';

/**
 * The plan object literal: `{ format: 1, id, source, fields, excluded, signature, project }`,
 * and, when the result holds classes, `result` and the `classes` getter (named by `naming`).
 */
export function emitPlan(
  ts: TypeScript,
  factory: ts.NodeFactory,
  memo: PlannedMemo,
  fn: ts.SignatureDeclaration,
  naming: ClassNaming,
): ts.ObjectLiteralExpression {
  const plan = memo.plan;
  const data = toLiteral(factory, {
    format: plan.format,
    id: plan.id,
    source: plan.source,
    fields: plan.fields.map((f) => ({
      name: f.name,
      index: f.index,
      pick: f.pick,
      omit: f.omit,
      normalize: f.normalize,
    })),
    excluded: plan.excluded.map((e) => ({ name: e.name, index: e.index, reason: e.reason })),
    signature: plan.signature,
    ...(plan.acknowledged !== undefined && plan.acknowledged.length > 0
      ? { acknowledged: plan.acknowledged.map((a) => ({ code: a.code, reason: a.reason })) }
      : {}),
    ...(plan.result !== undefined
      ? { result: { classes: plan.result.classes, places: plan.result.places.map((p) => ({ ...p })) } }
      : {}),
  }) as ts.ObjectLiteralExpression;
  const classes =
    plan.result !== undefined && memo.classes !== undefined
      ? [factory.createPropertyAssignment('classes', naming.getter(memo.classes))]
      : [];
  return factory.createObjectLiteralExpression(
    [...data.properties, ...classes, factory.createPropertyAssignment('project', emitProjector(ts, factory, plan, fn))],
    false,
  );
}
