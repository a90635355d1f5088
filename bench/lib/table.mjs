/** Plain-text rendering of result groups: one table, a section per group. */

export function fmtTime(ns) {
  if (ns === undefined) return '';
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

export function renderTable(groups) {
  const lines = [];
  const W = 62;
  for (const g of groups) {
    lines.push('', g.group);
    for (const r of g.rows ?? []) {
      const value = r.text ?? fmtTime(r.ns);
      const ratio = r.floor ? '1.00× (floor)' : r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '';
      lines.push(`  ${r.name.padEnd(W)} ${value.padStart(12)}  ${ratio}`.trimEnd());
    }
    for (const n of g.notes ?? []) lines.push(`  note: ${n}`);
  }
  return lines.join('\n').replace(/^\n/, '');
}
