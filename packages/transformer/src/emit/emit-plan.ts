import type * as ts from 'typescript';
import type { PlanDescription, TypeScript } from '../types';
import { emitProjector } from './emit-projector';
import { toLiteral } from './to-literal';

/** The plan object literal: `{ format: 1, id, source, fields, excluded, signature, project }`. */
export function emitPlan(ts: TypeScript, factory: ts.NodeFactory, plan: PlanDescription, fn: ts.SignatureDeclaration): ts.ObjectLiteralExpression {
  const data = toLiteral(factory, {
    format: plan.format,
    id: plan.id,
    source: plan.source,
    fields: plan.fields.map((f) => ({ name: f.name, index: f.index, pick: f.pick, omit: f.omit, normalize: f.normalize })),
    excluded: plan.excluded.map((e) => ({ name: e.name, index: e.index, reason: e.reason })),
    signature: plan.signature,
    ...(plan.acknowledged !== undefined && plan.acknowledged.length > 0 ? { acknowledged: plan.acknowledged.map((a) => ({ code: a.code, reason: a.reason })) } : {}),
  }) as ts.ObjectLiteralExpression;
  return factory.createObjectLiteralExpression([...data.properties, factory.createPropertyAssignment('project', emitProjector(ts, factory, plan, fn))], false);
}
