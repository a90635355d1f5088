import { parseArgs } from 'node:util';
import { clearStore } from 'keyproof/store';
import { usageError } from '../cli-error.js';
import { redact } from 'keyproof/store';
import { withStore } from '../open-store.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { readSummary } from '../read-summary.js';
import { locateStore } from '../store-location.js';
import { unknownMethod } from '../unknown-method.js';
import { USAGE } from '../usage.js';

export async function clearCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('clear', () =>
    parseArgs({
      args: [...argv],
      options: { ...HELP, method: { type: 'string' }, version: { type: 'string' }, store: { type: 'string' }, json: { type: 'boolean' } },
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

function scope(filter: { method?: string; version?: string }): string {
  const parts = [filter.method && `method ${filter.method}`, filter.version && `version ${filter.version}`].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
