import { excludeFix } from './spell-decision';
import { finding, type Finding } from './finding';
import type { MethodCheck } from './check';
import { namesParameter, readClaims } from './read-claims';

/**
 * The docs against the plan. A doc comment that says a parameter is not part of the key
 * ("the cache key does not include the job ID") while the plan hashes it is a contradiction
 * between the claim and the code (91052, an error: the seed's incident). A claim of an
 * exclusion that names no parameter, when nothing is excluded, is a warning (91051).
 */
export const checkDocstringClaims: MethodCheck = (ctx, site, plan, annotations) => {
  const findings: Finding[] = [];
  const anchor = site.fn.name ?? site.fn;
  const excludedNames = new Set([
    ...plan.excludedParams.flatMap((p) => [p.name, ...p.bindingNames]),
    ...plan.excludedPaths.map((e) => e.path[e.path.length - 1] ?? ''),
  ]);
  const candidates = plan.keyParams
    .flatMap((p) => (p.bindingNames.length > 0 ? p.bindingNames : [p.name]))
    .filter((n) => !excludedNames.has(n));
  const reported = new Set<string>();
  let vague = false;
  for (const claim of readClaims(annotations.doc)) {
    const named =
      claim.param !== undefined
        ? candidates.filter((n) => n === claim.param)
        : candidates.filter((n) => claim.subjects.some((s) => namesParameter(s, n)));
    const mentionsExcluded = [...excludedNames].some(
      (n) => claim.param === n || claim.subjects.some((s) => namesParameter(s, n)),
    );
    for (const name of named) {
      if (reported.has(name)) continue;
      reported.add(name);
      findings.push(
        finding(
          'ClaimContradicted',
          anchor,
          `The docs of ${site.defaultId} say "${claim.text}", but the key plan hashes "${name}": the claim and the code disagree, ` +
            `so calls that differ only in "${name}" never share a cache entry (the cache that never hit). ` +
            `Fix: add ${excludeFix(ctx, name)} if the docs are right, or correct the docs.`,
        ),
      );
    }
    if (named.length === 0 && !mentionsExcluded) vague = true;
  }
  if (vague && plan.excludedParams.length === 0 && plan.excludedPaths.length === 0 && reported.size === 0) {
    const claim = readClaims(annotations.doc)[0]!;
    findings.push(
      finding(
        'UnenforcedClaim',
        anchor,
        `The docs of ${site.defaultId} claim an exclusion ("${claim.text}"), but no annotation excludes anything: every parameter is in the cache key. ` +
          'Fix: add "@excludeFromKey NAME reason" for the parameter the docs mean, or correct the docs.',
      ),
    );
  }
  return findings;
};
