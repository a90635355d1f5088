import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import type { Origin } from './provenance/origin';
import { returnedExpressions } from './provenance/resolve-function';
import type { Provenance } from './provenance/trace-value';

/** Calls whose arguments go to a log, not upstream: `console.log`, `this.logger.info`. */
const LOGGING = /(?:^|\.)(?:console|logger|log|_logger|tracer|span|metrics)\./i;

/**
 * Where a memoised body's values go: the arguments of the calls it makes (the upstream request;
 * logging calls aside) and what it returns. Their origins tell whether a read of the
 * environment or of a module `let` shapes the output.
 */
export function outputOrigins(ctx: AnalysisContext, engine: Provenance, site: MemoisedSite): Origin[] {
  const { ts } = ctx;
  const out: Origin[] = [];
  const body = site.fn.body;
  if (body === undefined) return out;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && !LOGGING.test(`${node.expression.getText()}.`)) {
      for (const arg of node.arguments) out.push(...engine.originsOf(ts.isSpreadElement(arg) ? arg.expression : arg));
    }
    if (ts.isClassLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(body);
  for (const returned of returnedExpressions(ctx, site.fn)) out.push(...engine.originsOf(returned));
  return out;
}
