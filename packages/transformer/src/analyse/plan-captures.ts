import type { Finding } from './finding';
import { unknownCapture } from './check-annotations';
import type { Mark, ParamInfo } from './key-marks';

/**
 * The second kind of exclusion: a value left out of the key because another key parameter
 * already carries its identity (`@excludeFromKey sourceBytes captured-by sourceHash`). Returns
 * excluded value -> capturing key parameter; a `captured-by` that names no key parameter is
 * reported (the claim could not be enforced).
 */
export function planCaptures(
  method: string,
  marks: readonly Mark[],
  params: readonly ParamInfo[],
  keyParams: readonly ParamInfo[],
  findings: Finding[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const mark of marks) {
    if (mark.kind !== 'exclude' || mark.capturedBy === undefined) continue;
    const param = params.find((p) => p.name === mark.param);
    const label =
      mark.path.length > 0 && param !== undefined && param.bindingNames.length === 0
        ? `${mark.param}.${mark.path.join('.')}`
        : mark.path.length > 0
          ? mark.path.join('.')
          : mark.param;
    if (keyParams.some((p) => p.name === mark.capturedBy)) {
      out.set(label, mark.capturedBy);
      if (label !== mark.param && param !== undefined && param.bindingNames.length > 0)
        out.set(`${param.name}.${label}`, mark.capturedBy);
    } else if (mark.capturedByKeyword === true) {
      findings.push(unknownCapture(method, mark, label, keyParams));
    }
  }
  return out;
}
