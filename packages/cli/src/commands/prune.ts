import { parseArgs } from 'node:util';
import { pruneStore, redact } from 'keyproof/store';
import { withStore } from '../open-store.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { locateStore } from '../store-location.js';
import { USAGE } from '../usage.js';
import { count } from './stats.js';

/** `keyproof prune`: reclaim what expired, and with a size, evict the cheapest entries down to it. */
export async function pruneCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('prune', () =>
    parseArgs({
      args: [...argv],
      options: {
        ...HELP,
        'max-entries': { type: 'string' },
        'max-bytes': { type: 'string' },
        json: { type: 'boolean' },
        store: { type: 'string' },
      },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.prune);
    return 0;
  }
  const maxEntries =
    values['max-entries'] === undefined ? undefined : count('prune', '--max-entries', values['max-entries'], 0);
  const maxBytes =
    values['max-bytes'] === undefined ? undefined : count('prune', '--max-bytes', values['max-bytes'], 0);
  const bound =
    maxEntries === undefined && maxBytes === undefined
      ? undefined
      : { maxEntries: maxEntries ?? Number.POSITIVE_INFINITY, maxBytes: maxBytes ?? Number.POSITIVE_INFINITY };
  const location = locateStore(values.store);
  const label = redact(location.url);
  const report = await withStore(location, (keyv) => pruneStore(keyv, bound));
  if (values.json) {
    io.out(JSON.stringify({ store: label, ...report }, null, 2));
    return 0;
  }
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  io.out(
    `Removed ${n(report.expired, 'expired row', 'expired rows')}` +
      (bound ? ` and evicted ${n(report.evicted, 'entry', 'entries')}` : '') +
      ` from ${label}; it holds ${n(report.entries ?? 0, 'entry', 'entries')} (${report.bytes ?? 0} bytes of stored text).`,
  );
  return 0;
}
