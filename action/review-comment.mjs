// @ts-check
/**
 * The pull-request comment: one per pull request, found again by its marker and updated in
 * place. Built from the JSON of `keyproof check --frozen --format json` and `keyproof review
 * --format json` (formats keyproof-check/1 and keyproof-review/1).
 */

export const MARKER = '<!-- keyproof-review: one comment per pull request, updated in place -->';

const KIND = {
  key: 'key changed',
  version: 'version bumped',
  body: 'body changed',
  added: 'new method',
  removed: 'method removed',
  description: 'description',
};

/**
 * @param {{ check: any, review: any, base: string, head: string }} input
 * @returns {string}
 */
export function reviewComment({ check, review, base, head }) {
  const lines = [MARKER, '## keyproof: cache keys', ''];
  const errors = check.findings.filter((/** @type {any} */ f) => f.severity === 'error');
  lines.push(
    errors.length === 0
      ? '**`keyproof check --frozen`**: passed, keyproof.keys.json describes the program.'
      : `**\`keyproof check --frozen\`**: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} (annotated on the lines):`,
  );
  for (const f of check.findings.slice(0, 20))
    lines.push(`- ${f.file ? `\`${f.file}:${f.line}\` ` : ''}${f.severity} ${f.code}: ${oneLine(f.message)}`);
  if (check.findings.length > 20) lines.push(`- … and ${check.findings.length - 20} more`);
  lines.push(
    '',
    `**Changes against the base \`${base.slice(0, 12)}\`**${review.methods.length === 0 ? ': no key, version or body changes.' : ':'}`,
  );
  if (review.methods.length > 0) {
    lines.push(
      '',
      '| method | change | entries orphaned | asked again | expected re-spend | refill |',
      '|---|---|---:|---:|---:|---|',
    );
    for (const m of review.methods) {
      const kinds = [
        ...new Set(m.changes.map((/** @type {any} */ c) => KIND[/** @type {keyof typeof KIND} */ (c.kind)] ?? c.kind)),
      ].join(', ');
      const p = m.price;
      const accepted = m.respendAccepted ? ` (re-spend accepted by ${m.respendAccepted.by})` : '';
      const cells = p
        ? [p.orphaned, p.askedAgain, money(p.respend), refill(p)]
        : [m.unpriced ? 'not in snapshot' : '', '', '', ''];
      lines.push(
        `| \`${cell(m.id)}\` | ${cell(kinds + accepted)} | ${cells.map((c) => cell(String(c))).join(' | ')} |`,
      );
    }
    if (review.totals.orphaned > 0)
      lines.push(
        '',
        `Total: ${review.totals.orphaned} entries orphaned, ${review.totals.askedAgain} of them asked for again: expected re-spend **${money(review.totals.respend)}**.`,
      );
    const failing = review.methods.filter((/** @type {any} */ m) => m.failure !== null);
    if (failing.length > 0) {
      lines.push('', `**${failing.length === 1 ? '1 method fails' : `${failing.length} methods fail`} the review:**`);
      for (const m of failing)
        lines.push(`- ${m.place ? `\`${m.place.file}:${m.place.line}\` ` : ''}${oneLine(m.failure.message)}`);
    }
    lines.push('', '<details><summary>Every change</summary>', '');
    for (const m of review.methods) {
      for (const c of m.changes) lines.push(`- ${oneLine(c.message)}`);
      for (const p of m.changedParts ?? [])
        lines.push(
          `  - ${p.change === 'now reached' ? 'now reaches' : `${p.change} changed in`} \`${p.part}\`${p.place ? ` (\`${p.place.file}:${p.place.line}\`)` : ''}`,
        );
      for (const e of m.exclusionsAdded)
        lines.push(`  - now excludes \`${e.name}\`${e.reason ? `: ${oneLine(e.reason)}` : ''}`);
    }
    lines.push('', '</details>');
  }
  const priced = review.snapshot
    ? `priced from the stats snapshot of ${review.snapshot.takenAt}`
    : 'not priced (no stats snapshot)';
  const budget = review.maxRespend === null ? '' : `, budget ${money(review.maxRespend)} per change`;
  lines.push(
    '',
    `<sub>${priced}${budget}; expected re-spend = orphaned entries asked for again × the method's \`cost\`. Updated for ${head.slice(0, 12)}.</sub>`,
  );
  return lines.join('\n');
}

/** @param {{ refillMs: number | null, callsPerDay: number | null }} p */
function refill(p) {
  if (p.refillMs === null || p.callsPerDay === null) return 'unknown (no call rate)';
  const units = /** @type {Array<[number, string]>} */ ([
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1_000, 's'],
  ]);
  const [size, unit] = units.find(([s]) => p.refillMs !== null && p.refillMs >= s) ?? [1, 'ms'];
  return `≥ ${Math.round((p.refillMs / size) * 10) / 10} ${unit} at ${p.callsPerDay} calls/day`;
}

/** @param {number} n */
function money(n) {
  return n.toFixed(4).replace(/0{1,2}$/, '');
}

/** @param {string} text */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** @param {string} text */
function oneLine(text) {
  return text.replace(/\r?\n/g, ' ');
}
