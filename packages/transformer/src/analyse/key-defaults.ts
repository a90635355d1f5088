import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MethodPlan } from './plan-method';
import type { ParamInfo } from './key-marks';

/** A default value evaluated into the key: a key parameter's own, or one inside its destructuring pattern. */
export interface KeyDefault {
  readonly param: ParamInfo;
  /** `name`, or `req.objectKey` for a default inside a pattern. */
  readonly label: string;
  readonly initializer: ts.Expression;
}

/** Every default whose value lands in the key (defaults of excluded names inside a pattern are not hashed). */
export function keyDefaults(ctx: AnalysisContext, plan: MethodPlan): KeyDefault[] {
  const { ts } = ctx;
  const out: KeyDefault[] = [];
  for (const param of plan.keyParams) {
    if (param.node.initializer !== undefined)
      out.push({ param, label: param.name, initializer: param.node.initializer });
    const omitted = new Set(plan.excludedPaths.filter((e) => e.param === param).map((e) => e.path.join('.')));
    const visit = (pattern: ts.BindingName): void => {
      if (ts.isIdentifier(pattern)) return;
      for (const element of pattern.elements) {
        if (ts.isOmittedExpression(element)) continue;
        const name = ts.isIdentifier(element.name) ? element.name.text : undefined;
        if (name !== undefined && omitted.has(name)) continue;
        if (element.initializer !== undefined)
          out.push({ param, label: name ?? element.name.getText(), initializer: element.initializer });
        visit(element.name);
      }
    };
    visit(param.node.name);
  }
  return out;
}
