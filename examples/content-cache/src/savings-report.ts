import type { MethodRecord } from 'keyproof';

/**
 * The seed's ROI query, per memoised method: calls, hits, paid upstream calls and the money
 * saved (cost × calls avoided), summed over every process that used the store.
 */
export function savingsReport(methods: readonly MethodRecord[]): string {
  if (methods.length === 0) return 'No memoised calls recorded in this store yet.';
  const lines = methods.map(
    (m) =>
      `  ${m.id.padEnd(26)} ${String(m.calls).padStart(4)} calls  ${String(m.hits).padStart(4)} hits  ` +
      `${String(m.upstreamCalls).padStart(4)} paid calls  saved ${(m.saved).toFixed(3)} (at ${m.cost} per call)`,
  );
  const saved = methods.reduce((n, m) => n + m.saved, 0);
  const paid = methods.reduce((n, m) => n + m.upstreamCalls * m.cost, 0);
  return ['Savings report', ...lines, `  total: spent ${paid.toFixed(3)}, saved ${saved.toFixed(3)}`].join('\n');
}
