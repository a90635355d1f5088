import type { MethodReview } from './review-methods.js';

/** `keyproof review --format json`: versioned like the snapshot. */
const REVIEW_FORMAT = 'keyproof-review/1';

export interface ReviewReport {
  readonly format: typeof REVIEW_FORMAT;
  /** The git ref compared with. */
  readonly base: string;
  readonly snapshot: { readonly file: string; readonly takenAt: string } | null;
  readonly maxRespend: number | null;
  readonly methods: readonly MethodReview[];
  readonly totals: { readonly orphaned: number; readonly askedAgain: number; readonly respend: number };
  /** Methods that fail the review (body changed under the same version, or over the budget unaccepted). */
  readonly failures: number;
}

export function reviewReport(
  base: string,
  snapshot: ReviewReport['snapshot'],
  maxRespend: number | undefined,
  methods: readonly MethodReview[],
): ReviewReport {
  const priced = methods.filter((m) => m.price !== null);
  const sum = (pick: (m: MethodReview) => number): number =>
    Math.round(priced.reduce((n, m) => n + pick(m), 0) * 10_000) / 10_000;
  return {
    format: REVIEW_FORMAT,
    base,
    snapshot,
    maxRespend: maxRespend ?? null,
    methods,
    totals: {
      orphaned: sum((m) => m.price!.orphaned),
      askedAgain: sum((m) => m.price!.askedAgain),
      respend: sum((m) => m.price!.respend),
    },
    failures: methods.filter((m) => m.failure !== null).length,
  };
}
