import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import type { KeyField, MethodRecord } from 'keyproof';
import type { PlanDescription } from '@keyproof/transformer';
import { usageError } from '../cli-error.js';
import { formatTable, type Column } from '../format-table.js';
import { bytes, counted, money, shortDigest, time } from '../format-values.js';
import { redact } from 'keyproof/store';
import { withStore } from '../open-store.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { printableRecord } from '../printable-record.js';
import { readSummary } from '../read-summary.js';
import { planFromSource } from '../plan-from-source.js';
import { locateStore } from '../store-location.js';
import type { EntryView, MethodSummary } from '../summarise-store.js';
import { unknownMethod } from '../unknown-method.js';
import { USAGE } from '../usage.js';
import { missText, recentMisses } from './explain-misses.js';
import { count, reportProblems } from './stats.js';

export async function explainCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseOrExplain(
    'explain',
    () =>
      parseArgs({
        args: [...argv],
        options: {
          ...HELP,
          entries: { type: 'string' },
          json: { type: 'boolean' },
          misses: { type: 'boolean' },
          store: { type: 'string' },
          project: { type: 'string', short: 'p' },
        },
        allowPositionals: true,
        strict: true,
      }),
    1,
  );
  if (values.help) {
    io.out(USAGE.explain);
    return 0;
  }
  const id = positionals[0];
  if (!id) throw usageError('explain', 'which method? Give its id, e.g. `keyproof explain LogoService.generate`.');
  const limit = count('explain', '--entries', values.entries, 10);
  const location = locateStore(values.store);
  const label = redact(location.url);
  let summary: Awaited<ReturnType<typeof readSummary>> | undefined;
  let storeProblem: Error | undefined;
  try {
    summary = await withStore(location, readSummary);
  } catch (error) {
    storeProblem = error as Error; // a store not written yet (no calls): the source may still answer
  }
  if (summary) reportProblems(summary, label, io);
  const method = summary?.methods.find((m) => m.id === id);
  if (!method) {
    // not run against this store yet: the plan the build emits, from the project's sources
    const source = planFromSource(id, values.project);
    if (!source?.found) {
      if (storeProblem) throw storeProblem;
      throw unknownMethod(id, [...new Set([...summary!.methods.map((m) => m.id), ...(source?.ids ?? [])])], label);
    }
    const config = relative(process.cwd(), source.found.configPath) || source.found.configPath;
    const why = storeProblem
      ? `the store cannot be read (${storeProblem.message.split('\n')[0]})`
      : `${label} has nothing of it yet (it has not run against this store)`;
    if (values.json)
      io.out(
        JSON.stringify(
          { store: label, method: null, from: 'source', project: config, plan: source.found.plan },
          null,
          2,
        ),
      );
    else
      io.out(
        [
          id,
          ...planLines(source.found.plan),
          '',
          `From the source (${config}): ${why}. Version, cost and TTL are the memoize options the method runs with.`,
        ].join('\n'),
      );
    return 0;
  }
  const recent = summary!.entries.filter((e) => e.id === id).sort((a, b) => b.createdAt - a.createdAt);
  const misses = values.misses ? recentMisses(method, recent) : undefined;
  if (values.json) {
    const { record, ...figures } = method;
    const json = {
      store: label,
      method: figures,
      plan: record?.plan ?? null,
      ttlMs: record?.ttlMs ?? null,
      recentEntries: recent.slice(0, limit),
    };
    io.out(JSON.stringify(misses ? { ...json, recentMisses: misses.slice(0, limit) } : json, null, 2));
  } else {
    // stored text (versions, field names, digests) printed one line each, whatever it holds
    io.out(
      explainText(printableRecord(method), printableRecord(recent), limit) +
        (misses ? `\n${missText(printableRecord(misses), limit).join('\n')}` : ''),
    );
  }
  return 0;
}

function explainText(method: MethodSummary, recent: readonly EntryView[], limit: number): string {
  const record = method.record;
  const lines = [`${method.id}`];
  if (!record) {
    lines.push(
      '',
      `The store has ${counted(method.entries, 'entry', 'entries')} of this method but no method record (its counters were cleared, ` +
        `or the app has not flushed yet), so its key plan is unknown here.`,
    );
  } else {
    lines.push(...planLines(record.plan, record));
  }
  lines.push(
    '',
    `Figures: ${counted(method.calls, 'call')}, ${counted(method.hits, 'hit')}, ${counted(method.misses, 'miss', 'misses')}, ` +
      `${counted(method.upstreamCalls, 'upstream call')}, ${method.avoided} avoided, ${money(method.saved)} saved, ` +
      `${counted(method.entries, 'entry', 'entries')}.`,
  );
  if (method.versions.length > 1) {
    const perVersion = method.versions.map((v) => `${v} (${recent.filter((e) => e.version === v).length})`);
    lines.push(
      `Entries by version: ${perVersion.join(', ')}. Each version reads only its own entries; \`keyproof clear --method ${method.id} --version V\` removes one.`,
    );
  }
  lines.push(
    '',
    recent.length === 0
      ? 'No entries in the store.'
      : `Recent entries (${Math.min(limit, recent.length)} of ${recent.length}):`,
  );
  if (recent.length > 0 && limit > 0) lines.push(formatTable(ENTRY_COLUMNS, recent.slice(0, limit)));
  return lines.join('\n');
}

function planLines(plan: PlanDescription, record?: MethodRecord): string[] {
  const lines = [
    `  declared at   ${plan.source}`,
    ...(record
      ? [
          `  version       ${record.version}   (part of every key: bump it when the upstream's answers change)`,
          `  cost per call ${money(record.cost)}`,
          `  ttl           ${record.ttlMs === null ? 'none (entries never expire)' : duration(record.ttlMs)}`,
        ]
      : []),
    `  plan          signature ${plan.signature.slice(0, 16)}…, format ${plan.format}`,
    '',
    plan.fields.length === 0 ? 'Key fields: none (every call shares one entry).' : 'Key fields, in order:',
  ];
  plan.fields.forEach((f, i) => {
    lines.push(`  ${i + 1}. ${describeField(f)}`);
  });
  lines.push('', plan.excluded.length === 0 ? 'Excluded from the key: nothing.' : 'Excluded from the key:');
  for (const x of plan.excluded)
    lines.push(
      `  - ${x.index < 0 ? x.name : `${x.name} (parameter ${x.index + 1})`}: ${x.reason || 'no reason given'}`,
    );
  if (plan.acknowledged !== undefined && plan.acknowledged.length > 0) {
    lines.push('', 'Warnings accepted (@acknowledge):');
    for (const a of plan.acknowledged) lines.push(`  - KP${a.code}: ${a.reason}`);
  }
  return lines;
}

function describeField(f: KeyField): string {
  const where =
    f.index === -2 ? 'value of the enclosing scope' : f.index < 0 ? 'class field' : `parameter ${f.index + 1}`;
  const parts = [`${f.name} (${where})`];
  if (f.pick && f.pick.length > 0) parts.push(`only ${f.pick.join(', ')}`);
  if (f.omit && f.omit.length > 0) parts.push(`without ${f.omit.join(', ')}`);
  if (f.normalize) parts.push(`normalised by ${f.normalize}`);
  return parts.join(', ');
}

function duration(ms: number): string {
  const units: Array<[string, number]> = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1_000],
  ];
  for (const [unit, size] of units) if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms} ms`;
}

const ENTRY_COLUMNS: Column<EntryView>[] = [
  { title: 'version', value: (e) => e.version },
  { title: 'digest', value: (e) => shortDigest(e.digest) },
  { title: 'created', value: (e) => time(e.createdAt) },
  { title: 'hits', align: 'right', value: (e) => String(e.hits) },
  { title: 'last hit', value: (e) => time(e.lastHitAt) },
  { title: 'size', align: 'right', value: (e) => bytes(e.size) },
  { title: 'expires', value: (e) => (e.expiresAt === null ? 'never' : time(e.expiresAt)) },
];
