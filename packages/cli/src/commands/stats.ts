import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { usageError } from '../cli-error.js';
import { formatTable, type Column } from '../format-table.js';
import { bytes, counted, currencyCode, moneyFormat, percent, shortDigest, time } from '../format-values.js';
import { printable, redact } from 'keyproof/store';
import { withStore } from '../open-store.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { printableRecord } from '../printable-record.js';
import { readSummary } from '../read-summary.js';
import { locateStore } from '../store-location.js';
import type { EntryView, MethodSummary, StoreSummary } from '../summarise-store.js';
import { takeSnapshot } from '../stats-snapshot.js';
import { USAGE } from '../usage.js';

export async function statsCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('stats', () =>
    parseArgs({
      args: [...argv],
      options: {
        ...HELP,
        json: { type: 'boolean' },
        top: { type: 'string' },
        store: { type: 'string' },
        snapshot: { type: 'string' },
        currency: { type: 'string' },
        since: { type: 'string' },
      },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.stats);
    return 0;
  }
  const top = count('stats', '--top', values.top, 5);
  const since = values.since === undefined ? undefined : Date.now() - sinceMs(values.since);
  let currency: string | undefined;
  try {
    currency = currencyCode(values.currency ?? process.env.KEYPROOF_CURRENCY);
  } catch (error) {
    throw usageError(
      'stats',
      `${(error as Error).message}: from ${values.currency !== undefined ? '--currency' : 'KEYPROOF_CURRENCY'}.`,
    );
  }
  const location = locateStore(values.store);
  const summary = await withStore(location, readSummary);
  reportProblems(summary, redact(location.url), io);
  if (values.snapshot !== undefined) {
    if (values.snapshot === '' || values.snapshot.startsWith('-'))
      throw usageError('stats', `--snapshot takes a file to write, got ${JSON.stringify(values.snapshot)}.`);
    const snapshot = takeSnapshot(summary);
    writeFileSync(resolve(values.snapshot), `${JSON.stringify(snapshot, null, 2)}\n`);
    const n = snapshot.methods.length;
    io.err(
      `keyproof stats: wrote ${relative(process.cwd(), resolve(values.snapshot)) || values.snapshot} (${n} ${n === 1 ? 'method' : 'methods'}, ${summary.totals.entries} entries counted; no keys, digests or values).`,
    );
  }
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          ...statsJson(redact(location.url), summary, top),
          currency: currency ?? null,
          ...(since !== undefined ? { since: window(summary, since) } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(statsText(redact(location.url), printableRecord(summary), top, currency)); // stored ids and versions on one line each
    if (since !== undefined) io.out(windowText(printableRecord(summary), since));
  }
  return 0;
}

/** Records the store holds that keyproof cannot read: skipped, and said on stderr (the rest is shown). */
export function reportProblems(summary: StoreSummary, store: string, io: Output): void {
  const n = summary.problems.length;
  if (n === 0) return;
  const shown = summary.problems.slice(0, 10).map((p) => `  ${printable(p.key)}: ${printable(p.reason)}`);
  io.err(
    `note: skipped ${n} unreadable ${n === 1 ? 'record' : 'records'} in ${store} (not written by this keyproof, or damaged); ` +
      `the figures below leave ${n === 1 ? 'it' : 'them'} out:\n${shown.join('\n')}${n > 10 ? `\n  … and ${n - 10} more` : ''}\n` +
      `Fix: \`keyproof clear --method ID\` removes a method's records; the app rewrites them on its next flush.`,
  );
}

/** `--since 7d`: 90s, 15m, 12h, 7d, 2w. */
function sinceMs(raw: string): number {
  const m = /^(\d+)(s|m|h|d|w)$/.exec(raw.trim());
  if (!m)
    throw usageError('stats', `--since takes a duration like 90s, 15m, 12h, 7d or 2w, got ${JSON.stringify(raw)}.`);
  return (
    Number(m[1]) *
    { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 's' | 'm' | 'h' | 'd' | 'w']
  );
}

/**
 * What the store can say about a time window: its entries carry when they were written and
 * last hit, so "written since" and "hit since" are exact; its counters (calls, hits, saved)
 * are running totals with no time, so they are not windowed (said, not guessed).
 */
function window(summary: StoreSummary, since: number) {
  const methods = summary.methods.map((m) => {
    const mine = summary.entries.filter((e) => e.id === m.id);
    return {
      id: m.id,
      entriesWritten: mine.filter((e) => e.createdAt >= since).length,
      entriesHit: mine.filter((e) => e.lastHitAt !== null && e.lastHitAt >= since).length,
    };
  });
  return {
    from: new Date(since).toISOString(),
    methods,
    counters: 'all-time: the store keeps running totals, not a time series',
  };
}

function windowText(summary: StoreSummary, since: number): string {
  const w = window(summary, since);
  return [
    '',
    `Since ${time(since)} (from the entries' own times; calls, hits and saved above are all-time totals, which the store does not keep by time):`,
    ...w.methods.map(
      (m) =>
        `  ${m.id}: ${counted(m.entriesWritten, 'entry', 'entries')} written, ${counted(m.entriesHit, 'entry', 'entries')} hit`,
    ),
  ].join('\n');
}

/** A non-negative integer option, or a usage error naming it. */
export function count(command: string, flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw usageError(command, `${flag} takes a whole number ≥ 0, got ${JSON.stringify(raw)}.`);
  return n;
}

function statsJson(store: string, summary: StoreSummary, top: number) {
  return {
    store,
    methods: summary.methods.map(({ record: _record, ...m }) => m),
    totals: summary.totals,
    topEntries: summary.entries.slice(0, top).map(entryJson),
  };
}

function entryJson({ key, id, version, digest, createdAt, size, hits, lastHitAt, expiresAt }: EntryView) {
  return { key, id, version, digest, createdAt, size, hits, lastHitAt, expiresAt };
}

const methodColumns = (money: (n: number) => string): Column<MethodSummary>[] => [
  { title: 'method', value: (m) => m.id },
  { title: 'version', value: (m) => (m.versions.length > 1 ? m.versions.join(', ') : m.version) },
  { title: 'entries', align: 'right', value: (m) => String(m.entries) },
  { title: 'calls', align: 'right', value: (m) => String(m.calls) },
  { title: 'hits', align: 'right', value: (m) => String(m.hits) },
  { title: 'misses', align: 'right', value: (m) => String(m.misses) },
  { title: 'hit rate', align: 'right', value: (m) => (m.calls === 0 ? '-' : percent(m.hitRate)) },
  { title: 'upstream', align: 'right', value: (m) => String(m.upstreamCalls) },
  { title: 'avoided', align: 'right', value: (m) => String(m.avoided) },
  { title: 'cost/call', align: 'right', value: (m) => money(m.cost) },
  { title: 'saved', align: 'right', value: (m) => money(m.saved) },
];

const ENTRY_COLUMNS: Column<EntryView>[] = [
  { title: 'method', value: (e) => e.id },
  { title: 'version', value: (e) => e.version },
  { title: 'digest', value: (e) => shortDigest(e.digest) },
  { title: 'hits', align: 'right', value: (e) => String(e.hits) },
  { title: 'size', align: 'right', value: (e) => bytes(e.size) },
  { title: 'created', value: (e) => time(e.createdAt) },
  { title: 'last hit', value: (e) => time(e.lastHitAt) },
];

const REASON_NAMES: Record<keyof MethodSummary['missReasons'], string> = {
  new: 'new key',
  expired: 'expired',
  evicted: 'evicted',
  cleared: 'cleared',
  invalidated: 'invalidated',
  undecodable: 'undecodable',
  otherVersion: 'other version',
  otherPlan: 'other plan',
};

function missReasonText(reasons: MethodSummary['missReasons']): string {
  return (Object.keys(REASON_NAMES) as Array<keyof typeof REASON_NAMES>)
    .filter((k) => reasons[k] > 0)
    .map((k) => `${reasons[k]} ${REASON_NAMES[k]}`)
    .join(', ');
}

function statsText(store: string, summary: StoreSummary, top: number, currency?: string): string {
  if (summary.methods.length === 0) return `keyproof store ${store}\n\nNo memoised methods have used this store yet.`;
  const t = summary.totals;
  const money = moneyFormat([...summary.methods.flatMap((m) => [m.cost, m.saved, m.wouldBeSaved]), t.saved], currency);
  const lines = [
    `keyproof store ${store}`,
    '',
    formatTable(methodColumns(money), summary.methods),
    '',
    `Total: ${counted(t.calls, 'call')}, ${counted(t.hits, 'hit')}, ${counted(t.upstreamCalls, 'upstream call')}, ` +
      `${t.avoided} avoided, ${money(t.saved)} saved, ${counted(t.entries, 'entry', 'entries')}.`,
  ];
  const shadow = summary.methods.filter((m) => m.wouldBeHits > 0);
  if (shadow.length > 0) {
    lines.push('', 'Shadow mode (upstream called every time; what the cache would have answered):');
    for (const m of shadow)
      lines.push(
        `  ${printable(m.id)}: ${counted(m.wouldBeHits, 'would-be hit')} of ${counted(m.calls, 'call')}, ${money(m.wouldBeSaved)} would have been saved`,
      );
  }
  const reasons = summary.methods.filter((m) => Object.values(m.missReasons).some((n) => n > 0));
  if (reasons.length > 0) {
    lines.push('', 'Misses by reason:');
    for (const m of reasons) lines.push(`  ${printable(m.id)}: ${missReasonText(m.missReasons)}`);
  }
  const diagnosed = summary.methods.filter((m) => m.diagnosis);
  if (diagnosed.length > 0) {
    lines.push(
      '',
      'Keys that never repeat (key-never-repeats):',
      ...diagnosed.map((m) => `  ${printable(m.diagnosis!.message)}`),
    );
  }
  const reused = summary.entries.filter((e) => e.hits > 0).slice(0, top);
  if (top > 0) {
    lines.push(
      '',
      reused.length > 0
        ? `Most reused entries:\n${formatTable(ENTRY_COLUMNS, reused)}`
        : 'No entry has been reused yet.',
    );
  }
  return lines.join('\n');
}
