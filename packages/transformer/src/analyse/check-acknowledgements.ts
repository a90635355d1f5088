import { Diagnostics } from '../diagnostics';
import type { MemoisedSite } from './find-memoised';
import type { Finding } from './finding';
import type { Acknowledgement } from './read-acknowledgements';

/** The analyser's warnings (the keys review's codes are not findings of a method). */
const WARNINGS: ReadonlySet<number> = new Set(
  Object.values(Diagnostics)
    .filter((d) => d.severity === 'warning' && !('review' in d))
    .map((d) => d.code),
);

/**
 * A method's acknowledged warnings: the findings it accepts are dropped (only warnings can be
 * acknowledged, each with a reason); an acknowledgement keyproof cannot honour is 91004.
 */
export function checkAcknowledgements(
  site: MemoisedSite,
  acknowledgements: readonly Acknowledgement[],
  findings: readonly Finding[],
): Finding[] {
  const accepted = new Set<number>();
  const out: Finding[] = [];
  for (const a of acknowledgements) {
    const problem = problemOf(a);
    if (problem === undefined) {
      accepted.add(a.code!);
      continue;
    }
    out.push({
      kind: 'MalformedAnnotation',
      node: undefined,
      span: { fileName: a.tag.fileName, start: a.tag.start, length: a.tag.length },
      message: `@acknowledge in ${site.defaultId} ${problem}. Fix: write "@acknowledge 91043 why this warning does not matter here" with the code of a warning.`,
    });
  }
  return [...findings.filter((f) => !accepted.has(Diagnostics[f.kind].code)), ...out];
}

/** The acknowledgements keyproof honours, as the plan carries them for `keyproof explain`. */
export function honouredAcknowledgements(
  acknowledgements: readonly Acknowledgement[],
): { code: number; reason: string }[] {
  return acknowledgements.filter((a) => problemOf(a) === undefined).map((a) => ({ code: a.code!, reason: a.reason }));
}

function problemOf(a: Acknowledgement): string | undefined {
  if (a.code === undefined) return 'names no diagnostic code';
  if (!WARNINGS.has(a.code))
    return `names ${a.code}, which is not a warning (errors cannot be acknowledged: the cache would be wrong)`;
  return a.reason === '' ? 'gives no reason' : undefined;
}
