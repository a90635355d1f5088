import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { existsSync, renameSync } from 'node:fs';
import { clearStore, sqlitePath } from 'keyproof/store';
import { CliError, usageError } from '../cli-error.js';
import { printable, redact, tag, tagGenerationRow, tagId, type Tag } from 'keyproof/store';
import { withStore } from '../open-store.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { readSummary } from '../read-summary.js';
import { locateStore, type StoreLocation } from '../store-location.js';
import { unknownMethod } from '../unknown-method.js';
import { USAGE } from '../usage.js';

export async function clearCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('clear', () =>
    parseArgs({
      args: [...argv],
      options: {
        ...HELP,
        method: { type: 'string' },
        version: { type: 'string' },
        store: { type: 'string' },
        json: { type: 'boolean' },
        reset: { type: 'boolean' },
        tag: { type: 'string' },
        'tag-part': { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        yes: { type: 'boolean' },
      },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.clear);
    return 0;
  }
  if (values.method === '') throw usageError('clear', '--method needs a method id.');
  if (values.version === '') throw usageError('clear', '--version needs a version.');
  const location = locateStore(values.store);
  if (values['tag-part'] !== undefined && values.tag === undefined)
    throw usageError('clear', '--tag-part adds a part to a tag: give the tag with --tag NAME.');
  if (values.tag !== undefined) {
    if (values.method || values.version || values.reset || values['dry-run'])
      throw usageError('clear', '--tag invalidates one tag; it takes no --method, --version, --reset or --dry-run.');
    return clearTag(location, parseTag(values.tag, values['tag-part'] ?? []), Boolean(values.json), io);
  }
  if (values.reset) {
    if (values.method || values.version)
      throw usageError('clear', '--reset moves the whole cache file aside; it takes no --method or --version.');
    const moved = resetSqliteFile(location);
    if (values.json)
      io.out(
        JSON.stringify({ store: redact(location.url), reset: true, movedTo: moved.to, files: moved.files }, null, 2),
      );
    else {
      io.out(
        `Moved the cache file ${moved.from} aside to ${moved.to}${moved.files.length > 1 ? ` (with its ${moved.files.slice(1).join(', ')})` : ''}. ` +
          `The app creates a new, empty one on its next start; delete the old one when you no longer want to inspect it.`,
      );
    }
    return 0;
  }
  const label = redact(location.url);
  const filter = {
    ...(values.method ? { method: values.method } : {}),
    ...(values.version ? { version: values.version } : {}),
  };
  const dryRun = values['dry-run'] === true;
  // everything, asked on a terminal: a script (no TTY), --yes, --json or --dry-run is not asked
  const ask =
    !dryRun &&
    !values.yes &&
    !values.json &&
    !filter.method &&
    !filter.version &&
    process.stdin.isTTY === true &&
    process.stdout.isTTY === true;
  const outcome = await withStore(location, async (keyv) => {
    const summary = await readSummary(keyv);
    if (filter.method && !summary.methods.some((m) => m.id === filter.method))
      throw unknownMethod(
        filter.method,
        summary.methods.map((m) => m.id),
        label,
      );
    const doomed = summary.entries.filter(
      (e) => (!filter.method || e.id === filter.method) && (!filter.version || e.version === filter.version),
    );
    const perMethod = new Map<string, number>();
    for (const e of doomed) perMethod.set(e.id, (perMethod.get(e.id) ?? 0) + 1);
    const plan = [...perMethod].map(([method, entries]) => ({ method, entries }));
    if (dryRun) return { removed: 0, wouldRemove: doomed.length, plan, confirmed: true };
    if (
      ask &&
      doomed.length > 0 &&
      !(await confirm(
        `Remove all ${count(doomed.length)} of ${plan.length} ${plan.length === 1 ? 'method' : 'methods'} from ${label}? It is a cache: they are recomputed (and paid for) on their next call. [y/N] `,
      ))
    ) {
      return { removed: 0, wouldRemove: doomed.length, plan, confirmed: false };
    }
    return { removed: await clearStore(keyv, filter), wouldRemove: doomed.length, plan, confirmed: true };
  });
  if (values.json) {
    const base = { store: label, method: filter.method ?? null, version: filter.version ?? null };
    io.out(
      JSON.stringify(
        dryRun
          ? { ...base, dryRun: true, wouldRemove: outcome.wouldRemove, methods: outcome.plan }
          : { ...base, removed: outcome.removed },
        null,
        2,
      ),
    );
    return 0;
  }
  if (dryRun) {
    io.out(
      `Would remove ${count(outcome.wouldRemove)}${scope(filter)} from ${label}${outcome.plan.length ? ':' : '.'}`,
    );
    for (const { method, entries } of outcome.plan) io.out(`  ${method}: ${count(entries)}`);
    io.out('--dry-run: nothing was removed.');
    return 0;
  }
  if (!outcome.confirmed) {
    io.err(
      'keyproof clear: nothing was removed (not confirmed). Pass --yes to clear without asking, or --method ID to clear one method.',
    );
    return 1;
  }
  io.out(`Removed ${count(outcome.removed)}${scope(filter)} from ${label}.`);
  return 0;
}

/** `--tag user:u1 --tag-part x` → tag('user', 'u1', 'x'). */
function parseTag(spelled: string, more: readonly string[]): Tag {
  const [name = '', ...parts] = spelled.split(':');
  if (name === '' || /\s/.test(name))
    throw usageError(
      'clear',
      `--tag ${JSON.stringify(spelled)}: a tag is NAME or NAME:PART…, with a name of no spaces (e.g. --tag user:u1).`,
    );
  return tag(name, ...parts, ...more);
}

async function clearTag(location: StoreLocation, t: Tag, json: boolean, io: Output): Promise<number> {
  const label = redact(location.url);
  const id = tagId(t);
  await withStore(location, async (keyv) => {
    const row = tagGenerationRow(id);
    await keyv.set(row.key, row.value);
  });
  if (json) io.out(JSON.stringify({ store: label, tag: { name: t.name, parts: t.parts }, invalidated: true }, null, 2));
  else
    io.out(
      `Invalidated tag ${printable(id)} in ${label}: every entry carrying it misses on its next call (processes holding one in memory re-read the store within a minute).`,
    );
  return 0;
}

const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

function scope(filter: { method?: string; version?: string }): string {
  const parts = [filter.method && `method ${filter.method}`, filter.version && `version ${filter.version}`].filter(
    Boolean,
  );
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * `clear --reset`: move an SQLite cache file (and its -wal/-shm journal files, which belong to
 * it) aside, for a file SQLite can no longer read. Nothing is opened: the file may be corrupt.
 */
function resetSqliteFile(location: StoreLocation): { from: string; to: string; files: string[] } {
  let url: URL;
  try {
    url = new URL(location.url);
  } catch {
    throw new CliError(`the store ${redact(location.url)} (from ${location.source}) is not a URL.`);
  }
  if (url.protocol !== 'sqlite:') {
    throw usageError(
      'clear',
      `--reset moves an SQLite cache file aside; the store ${redact(location.url)} is not one (use keyproof clear to remove its entries).`,
    );
  }
  const from = sqlitePath(url);
  if (!existsSync(from)) throw new CliError(`no cache file at ${from} (from ${location.source}): nothing to reset.`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const to = `${from}.reset-${stamp}`;
  const files: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(from + suffix)) continue;
    renameSync(from + suffix, to + suffix);
    files.push(suffix === '' ? 'file' : suffix);
  }
  return { from, to, files };
}
