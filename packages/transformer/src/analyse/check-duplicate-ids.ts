import type { Finding } from './finding';
import { finding } from './finding';
import type { PlannedSite } from './find-call-targets';

/** Two memoised methods with one id would read each other's entries. */
export function checkDuplicateIds(planned: readonly PlannedSite[]): Finding[] {
  const first = new Map<string, PlannedSite>();
  const findings: Finding[] = [];
  for (const p of planned) {
    const id = p.plan.description.id;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, p);
      continue;
    }
    findings.push(
      finding(
        'DuplicateId',
        p.site.anchor,
        `Memoised id "${id}" is used twice (${earlier.plan.description.source} and ${p.plan.description.source}): the two methods would read each other's cache entries. ` +
          'Fix: give one of them a unique id, memoize({ id: "..." }).',
      ),
    );
  }
  return findings;
}
