/** Plain-text rendering of result groups: one table, a section per group. */

export function fmtTime(ns) {
  if (ns === undefined) return '';
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

/** The interquartile range of the per-round times as ± half of it, relative to the median. */
function timeSpread(r) {
  if (!r.nsIqr || !r.ns) return '';
  return `±${(((r.nsIqr[1] - r.nsIqr[0]) / 2 / r.ns) * 100).toFixed(0)}%`;
}

function ratioText(r) {
  if (r.floor) return '1.00× (floor)';
  if (r.ratio === undefined) return '';
  const iqr = r.ratioIqr ? ` [${r.ratioIqr[0].toFixed(2)}–${r.ratioIqr[1].toFixed(2)}]` : '';
  return `${r.ratio.toFixed(2)}×${iqr}`;
}

/**
 * Each timed row: the median time, its spread (±, half the interquartile range of the
 * per-round times), the median ratio to the floor and, in brackets, the interquartile range
 * of the per-round ratios.
 */
export function renderTable(groups) {
  const lines = [];
  const W = 58;
  for (const g of groups) {
    lines.push('', g.group);
    for (const r of g.rows ?? []) {
      const value = r.text ?? fmtTime(r.ns);
      lines.push(`  ${r.name.padEnd(W)} ${value.padStart(10)} ${timeSpread(r).padStart(5)}  ${ratioText(r)}`.trimEnd());
    }
    for (const n of g.notes ?? []) lines.push(`  note: ${n}`);
  }
  return lines.join('\n').replace(/^\n/, '');
}
