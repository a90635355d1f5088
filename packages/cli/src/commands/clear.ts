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
  if (values['tag-part'] !== undefined && values.tag === undefined) throw usageError('clear', '--tag-part adds a part to a tag: give the tag with --tag NAME.');
  if (values.tag !== undefined) {
    if (values.method || values.version || values.reset) throw usageError('clear', '--tag invalidates one tag; it takes no --method, --version or --reset.');
    return clearTag(location, parseTag(values.tag, values['tag-part'] ?? []), Boolean(values.json), io);
  }
  if (values.reset) {
    if (values.method || values.version) throw usageError('clear', '--reset moves the whole cache file aside; it takes no --method or --version.');
    const moved = resetSqliteFile(location);
    if (values.json) io.out(JSON.stringify({ store: redact(location.url), reset: true, movedTo: moved.to, files: moved.files }, null, 2));
    else {
      io.out(
        `Moved the cache file ${moved.from} aside to ${moved.to}${moved.files.length > 1 ? ` (with its ${moved.files.slice(1).join(', ')})` : ''}. ` +
          `The app creates a new, empty one on its next start; delete the old one when you no longer want to inspect it.`,
      );
    }
    return 0;
  }
  const label = redact(location.url);
  const filter = { ...(values.method ? { method: values.method } : {}), ...(values.version ? { version: values.version } : {}) };
  const removed = await withStore(location, async (keyv) => {
    if (filter.method) {
      const known = (await readSummary(keyv)).methods.map((m) => m.id);
      if (!known.includes(filter.method)) throw unknownMethod(filter.method, known, label);
    }
    return clearStore(keyv, filter);
  });
  if (values.json) {
    io.out(JSON.stringify({ store: label, method: filter.method ?? null, version: filter.version ?? null, removed }, null, 2));
    return 0;
  }
  io.out(`Removed ${removed} ${removed === 1 ? 'entry' : 'entries'}${scope(filter)} from ${label}.`);
  return 0;
}

/** `--tag user:u1 --tag-part x` → tag('user', 'u1', 'x'). */
function parseTag(spelled: string, more: readonly string[]): Tag {
  const [name = '', ...parts] = spelled.split(':');
  if (name === '' || /\s/.test(name)) throw usageError('clear', `--tag ${JSON.stringify(spelled)}: a tag is NAME or NAME:PART…, with a name of no spaces (e.g. --tag user:u1).`);
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
  else io.out(`Invalidated tag ${printable(id)} in ${label}: every entry carrying it misses on its next call (processes holding one in memory re-read the store within a minute).`);
  return 0;
}

function scope(filter: { method?: string; version?: string }): string {
  const parts = [filter.method && `method ${filter.method}`, filter.version && `version ${filter.version}`].filter(Boolean);
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
    throw usageError('clear', `--reset moves an SQLite cache file aside; the store ${redact(location.url)} is not one (use keyproof clear to remove its entries).`);
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
