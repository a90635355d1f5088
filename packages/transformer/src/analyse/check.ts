import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import type { Finding } from './finding';
import type { MethodPlan } from './plan-method';
import type { Provenance } from './provenance/trace-value';
import type { Annotations } from './key-marks';

/** One rule about one memoised method: everything known about it in, findings out. */
export type MethodCheck = (
  ctx: AnalysisContext,
  site: MemoisedSite,
  plan: MethodPlan,
  annotations: Annotations,
  engine: Provenance,
) => readonly Finding[];
