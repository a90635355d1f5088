import type { MethodCheck } from './check';
import { finding, type Finding } from './finding';
import { describePath } from './provenance/describe-path';
import { returnedExpressions } from './provenance/resolve-function';

/**
 * An exclusion says the parameter does not shape the answer. A body that puts the excluded
 * value into what it returns says otherwise: the entry keeps the value of the call that filled
 * it, and every hit hands that value to callers who passed another one (the job ID of another
 * job). Only the value itself counts, wherever the body puts it (a property, an element, a
 * local returned later); what a call computes from it (`readFile(scratchFile)`, a request
 * carrying a trace header) is the answer, not the value. An exclusion `captured by` a key field is exempt (that field determines the value), and
 * a parameter an allow-list dropped has its own finding (91048).
 */
export const checkExcludedResult: MethodCheck = (ctx, site, plan, _annotations, engine) => {
  if (ctx.checker === undefined) return [];
  const excluded = plan.excludedParams.filter((p) => {
    const reason = plan.description.excluded.find((x) => x.index === p.index)?.reason ?? '';
    return !plan.capturedBy.has(p.name) && !reason.startsWith('not listed by @cacheKey');
  });
  if (excluded.length === 0) return [];
  const findings: Finding[] = [];
  const reported = new Set<number>();
  for (const returned of returnedExpressions(ctx, site.fn)) {
    for (const o of engine.originsOf(returned)) {
      const root = o.root;
      // the value itself, placed by the body (literals, spreads, locals, pushes), not something a call computed from it
      if (root.kind !== 'param' || root.fn !== site.fn || !o.exact) continue;
      const param = excluded.find((p) => p.index === root.index);
      if (param === undefined || reported.has(param.index)) continue;
      // through another parameter's default (`name = jobId`): 91010 reports that, once
      if (o.steps.some((step) => ctx.ts.isParameter(step.node) && step.node !== param.node)) continue;
      reported.add(param.index);
      findings.push(
        finding(
          'ExcludedReturned',
          returned,
          `${site.defaultId} returns the excluded parameter \`${param.name}\` (${describePath(ctx, o, 'the returned value')}): ` +
            `the cache stores the value of the call that filled the entry and hands it to every caller who passed another one. ` +
            `Fix: do not return \`${param.name}\` (the caller has it; add it to the result outside the memoised method), ` +
            `or remove the exclusion if it shapes the answer.`,
        ),
      );
    }
  }
  return findings;
};
