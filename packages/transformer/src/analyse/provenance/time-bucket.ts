import type { AnalysisContext } from '../context';
import { readDoc } from '../read-jsdoc';
import type { ProgramFunction } from './resolve-function';

/**
 * A function documented `@timeBucket` (e.g. `@timeBucket day`) returns a deliberate time bucket:
 * the clock reads inside it are not per-call values for its callers (its other origins are
 * kept). Without the tag, a clock read is per-call wherever it happens, inline or in a helper.
 */
export function isTimeBucket(ctx: AnalysisContext, fn: ProgramFunction): boolean {
  const { ts } = ctx;
  const hosts = [fn, ...(ts.isVariableDeclaration(fn.parent) ? [fn.parent.parent.parent] : [])];
  return readDoc(ctx, hosts).tags.some((t) => t.name === 'timeBucket');
}
