import { money } from '../format-values.js';
import type { MethodReview } from './review-methods.js';
import type { ReviewReport } from './review-report.js';
import { workflowCommand } from '../workflow-command.js';

const KIND_NAMES: Record<MethodReview['changes'][number]['kind'], string> = {
  key: 'key changed',
  version: 'version bumped',
  body: 'body changed',
  added: 'new method',
  removed: 'method removed',
  tags: 'tags changed',
  description: 'description',
};

/** The review as Markdown: a table of the price per method, then what fails, then every change. */
export function reviewMarkdown(report: ReviewReport): string {
  const lines = [`### keyproof: cache keys against \`${report.base}\``, ''];
  if (report.methods.length === 0) return [...lines, 'No key, version or body changes.'].join('\n');
  lines.push(
    '| method | change | entries orphaned | asked again | expected re-spend | refill |',
    '|---|---|---:|---:|---:|---|',
  );
  for (const m of report.methods) {
    const kinds = [...new Set(m.changes.map((c) => KIND_NAMES[c.kind]))].join(', ');
    const p = m.price;
    const cells = p
      ? [String(p.orphaned), String(p.askedAgain), money(p.respend), refill(p.refillMs, p.callsPerDay)]
      : m.unpriced
        ? ['not in snapshot', '', '', '']
        : ['', '', '', ''];
    lines.push(
      `| \`${cell(m.id)}\` | ${cell(kinds)}${m.respendAccepted ? ` (re-spend accepted by ${cell(m.respendAccepted.by)})` : ''} | ${cells.map(cell).join(' | ')} |`,
    );
  }
  if (report.totals.orphaned > 0)
    lines.push(
      '',
      `Total: ${report.totals.orphaned} entries orphaned, ${report.totals.askedAgain} of them asked for again, expected re-spend **${money(report.totals.respend)}**.`,
    );
  const failing = report.methods.filter((m) => m.failure !== null);
  if (failing.length > 0) {
    lines.push('', `**${failing.length === 1 ? '1 method fails' : `${failing.length} methods fail`} the review:**`, '');
    for (const m of failing) lines.push(`- ${place(m)}${m.failure!.message}`);
  }
  lines.push('', '<details><summary>Every change</summary>', '');
  for (const m of report.methods) {
    for (const c of m.changes) lines.push(`- ${place(m)}${c.message}`);
    for (const c of m.changedParts)
      lines.push(
        `  - ${c.change === 'now reached' ? 'now reaches' : `${c.change} changed in`} \`${c.part}\`${c.place ? ` (\`${c.place.file}:${c.place.line}\`)` : ''}`,
      );
    for (const e of m.exclusionsAdded)
      lines.push(`  - now excludes \`${e.name}\`${e.reason ? `: ${e.reason}` : ' (no reason recorded)'}`);
  }
  lines.push('', '</details>', '', footnote(report));
  return lines.join('\n');
}

function footnote(report: ReviewReport): string {
  const budget =
    report.maxRespend === null ? '' : ` Budget: ${money(report.maxRespend)} per change (\`--max-respend\`).`;
  if (report.snapshot === null) return `No stats snapshot given (\`--stats FILE\`): changes are not priced.${budget}`;
  return (
    `Priced from the stats snapshot of ${report.snapshot.takenAt}: expected re-spend = orphaned entries that were asked for again × the method's \`cost\`; ` +
    `refill = those entries ÷ the method's call rate (a lower bound).${budget}`
  );
}

function place(m: MethodReview): string {
  return m.place ? `\`${m.place.file}:${m.place.line}\` ` : '';
}

/** A Markdown table cell: no pipes or newlines break it. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `≥ 2 h at 24 calls/day`: the refill is a lower bound. */
function refill(ms: number | null, callsPerDay: number | null): string {
  if (ms === null || callsPerDay === null) return 'unknown (no call rate)';
  return `≥ ${duration(ms)} at ${callsPerDay} calls/day`;
}

function duration(ms: number): string {
  const units: Array<[number, string]> = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1_000, 's'],
  ];
  for (const [size, unit] of units) if (ms >= size) return `${Math.round((ms / size) * 10) / 10} ${unit}`;
  return `${ms} ms`;
}

/** The changed parts of a body, each on its own declaration: errors when the change fails the review. */
function partLines(m: MethodReview): string[] {
  const failing = m.failure?.kind === 'body-changed';
  return m.changedParts
    .filter((c) => c.place !== null && !(m.place && c.place.file === m.place.file && c.place.line === m.place.line))
    .map((c) =>
      workflowCommand(
        failing ? 'error' : 'notice',
        { file: c.place!.file, line: String(c.place!.line), title: `keyproof review: ${c.change} of ${m.id}'s body` },
        `${c.change === 'now reached' ? `${m.id} now reaches this` : `The ${c.change} of \`${c.part}\` changed, and ${m.id}'s answers depend on it`}` +
          (failing
            ? ` — its version did not change, so cached answers from before are served. Bump its version, or accept with \`keyproof keys --accept ${m.id}\`.`
            : '.'),
      ),
    );
}

/**
 * The review as GitHub workflow commands, one line per change: failures are errors, orphaning
 * changes warnings, the rest notices, each on the method's `@memoize` line.
 */
export function reviewGithub(report: ReviewReport): string {
  const lines: string[] = [];
  for (const m of report.methods) {
    const where: Record<string, string> = m.place
      ? { file: m.place.file, line: String(m.place.line) }
      : { file: m.manifest };
    if (m.failure)
      lines.push(
        workflowCommand(
          'error',
          {
            ...where,
            title: `keyproof review: ${m.failure.kind === 'body-changed' ? 'body changed, version did not' : 'over the re-spend budget'}`,
          },
          m.failure.message,
        ),
      );
    for (const c of m.changes) {
      if (m.failure?.kind === 'body-changed' && c.kind === 'body') continue;
      const level = c.kind === 'key' || c.kind === 'version' || c.kind === 'removed' ? 'warning' : 'notice';
      const priced =
        m.price && (c.kind === 'key' || c.kind === 'version')
          ? ` Expected re-spend ${money(m.price.respend)} (${m.price.askedAgain} of ${m.price.orphaned} entries asked for again × cost ${m.price.cost}).`
          : '';
      lines.push(
        workflowCommand(level, { ...where, title: `keyproof review: ${KIND_NAMES[c.kind]}` }, c.message + priced),
      );
    }
    lines.push(...partLines(m));
  }
  return lines.join('\n');
}
